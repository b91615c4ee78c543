using System;
using ResponseCriteria.IRecist;
using ResponseCriteria.Recist11;
using Xunit;

namespace ResponseCriteria.Tests.IRecist;

public sealed class IRecistOptionsTest
{
    [Fact]
    public void Default_GuidelineValues()
    {
        var o = IRecistOptions.Default;
        Assert.Same(Recist11Options.Default, o.Recist11);
        Assert.Equal(28, o.IUpdConfirmationMinimumDays);
        Assert.Equal(56, o.IUpdConfirmationMaximumDays);
        Assert.True(o.ResetWhenTargetsShrinkAfterNewLesion);
        Assert.False(o.ExcludeEarlyScansFromNadir);
        Assert.True(o.EarlyScanWithNewLesionConfirms);
    }

    [Fact]
    public void Init_InvalidValues_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new IRecistOptions { IUpdConfirmationMinimumDays = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new IRecistOptions { IUpdConfirmationMaximumDays = -1 });
        Assert.Throws<ArgumentNullException>(() => new IRecistOptions { Recist11 = null! });
        Assert.Equal(0, new IRecistOptions { IUpdConfirmationMinimumDays = 0 }.IUpdConfirmationMinimumDays);
    }
}

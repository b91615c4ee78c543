using System;
using ResponseCriteria.Recist11;
using Xunit;

namespace ResponseCriteria.Tests.Recist11;

public sealed class Recist11OptionsTest
{
    [Fact]
    public void Default_GuidelineValues()
    {
        var o = Recist11Options.Default;
        Assert.False(o.Confirmation);
        Assert.Equal(28, o.MinimumConfirmationDays);
        Assert.Equal(42, o.MinimumStableDiseaseDays);
        Assert.Equal(1, o.MaximumNotEvaluableBetweenConfirmation);
        Assert.False(o.AcceptStableDiseaseBetweenConfirmation);
        Assert.False(o.ContinuedResponse);
        Assert.True(o.BackdateEquivocalNewLesions);
        Assert.True(o.ReappearanceAfterCompleteResponseIsProgression);
        Assert.Equal(5m, o.TooSmallToMeasureMillimetres);
        Assert.Equal(ProgressionReference.Nadir, o.ProgressionReference);
        Assert.Equal(5m, o.ProgressionMinimumIncreaseMillimetres);
        Assert.False(o.PartialAfterCompleteConfirms);
        Assert.True(o.ProgressionIsFinal);
        Assert.Same(ResponseCriteria.Patterns.PatternOptions.Default, o.Patterns);
    }

    [Fact]
    public void Init_NegativeValues_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Recist11Options { MinimumConfirmationDays = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new Recist11Options { MinimumStableDiseaseDays = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new Recist11Options { MaximumNotEvaluableBetweenConfirmation = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new Recist11Options { TooSmallToMeasureMillimetres = -1m });
        Assert.Throws<ArgumentOutOfRangeException>(() => new Recist11Options { ProgressionMinimumIncreaseMillimetres = -0.1m });
    }
}

using System;
using System.Linq;
using ResponseCriteria.Responses;
using ResponseCriteria.Results;
using Xunit;

namespace ResponseCriteria.Batch.Tests;

public sealed class EnumNamesTest
{
    [Fact]
    public void Of_EveryRuleAndResponse_AsToStringGivesIt()
    {
        AssertAll<OverallRule>();
        AssertAll<TargetRule>();
        AssertAll<NonTargetRule>();
        AssertAll<NewLesionRule>();
        AssertAll<IRecistTransition>();
        AssertAll<Response>();
    }

    [Fact]
    public void Of_EveryCombinationOfProgressionReasons_FlagsJoinedAsToStringJoinsThem()
    {
        var all = Enum.GetValues<ProgressionReasons>().Aggregate(0, (a, r) => a | (int)r);
        for (var bits = 0; bits <= all; bits++)
        {
            var reasons = (ProgressionReasons)bits;
            Assert.Equal(reasons.ToString(), EnumNames<ProgressionReasons>.Of(reasons));
            Assert.Same(EnumNames<ProgressionReasons>.Of(reasons), EnumNames<ProgressionReasons>.Of(reasons));
        }
    }

    [Fact]
    public void Of_AnEnumWiderThanAByte_Refused()
    {
        var error = Assert.Throws<TypeInitializationException>(() => EnumNames<DayOfWeek>.Of(DayOfWeek.Monday));
        Assert.Contains("DayOfWeek is not a byte-sized enum", error.InnerException!.Message, StringComparison.Ordinal);
    }

    private static void AssertAll<T>()
        where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
        {
            Assert.Equal(value.ToString(), EnumNames<T>.Of(value));
        }
    }
}

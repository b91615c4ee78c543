using System;
using System.Linq;
using ResponseCriteria.Cases.Tests;
using ResponseCriteria.Endpoints.Statistics;
using Xunit;

namespace ResponseCriteria.Endpoints.Tests;

public sealed class KaplanMeierTest
{
    public static TheoryData<string, string, string> Curves()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var key in RReference.Read("km_quantiles.csv").Select(r => (r["dataset"], r["group"], r["conf_type"])).Distinct())
        {
            data.Add(key.Item1, key.Item2, key.Item3);
        }

        return data;
    }

    /// <summary>
    /// Every point of every curve R's survfit computed (time, at risk, events, censored, S, Greenwood SE of −log S, pointwise
    /// limits under log-log, log and plain), for the exact, random and pharmaverse PFS/OS datasets, overall and by group.
    /// </summary>
    [Theory]
    [MemberData(nameof(Curves))]
    public void Estimate_RReferenceDataset_CurveAndQuantilesEqualR(string dataset, string group, string confType)
    {
        var km = KaplanMeier.Estimate(Times(dataset, group), 0.95, Interval(confType));
        var expected = RReference.Read("km_curves.csv").Where(r => r["dataset"] == dataset && r["group"] == group && r["conf_type"] == confType).ToArray();

        Assert.Equal(expected.Length, km.Points.Count);
        foreach (var (r, p) in expected.Zip(km.Points))
        {
            Assert.Equal((RReference.Number(r["time"]), (int)RReference.Number(r["n_risk"]), (int)RReference.Number(r["n_event"]), (int)RReference.Number(r["n_censor"])), (p.Time, p.AtRisk, p.Events, p.Censored));
            Assert.Equal(RReference.Number(r["surv"]), p.Survival, RReference.Tolerance);
            Assert.Equal(RReference.Number(r["std_err"]), p.StandardError, RReference.Tolerance);
            Assert.Equal(RReference.Number(r["lower"]), p.Lower, RReference.Tolerance);
            Assert.Equal(RReference.Number(r["upper"]), p.Upper, RReference.Tolerance);
        }

        foreach (var q in RReference.Read("km_quantiles.csv").Where(r => r["dataset"] == dataset && r["group"] == group && r["conf_type"] == confType))
        {
            var actual = km.Quantile(RReference.Number(q["prob"]));
            Assert.Equal((RReference.Optional(q["quantile"]), RReference.Optional(q["lower"]), RReference.Optional(q["upper"])), (actual.Estimate, actual.Lower, actual.Upper));
        }
    }

    [Fact]
    public void Median_FlatAtHalf_IsMidpointOfFlatStretch()
    {
        var km = KaplanMeier.Estimate(Enumerable.Range(1, 10).Select(t => ((double)t, true)));

        Assert.Equal(5.5, km.Median.Estimate);
    }

    [Fact]
    public void Median_NeverBelowHalf_IsNotReached()
    {
        var km = KaplanMeier.Estimate([(1, true), (2, false), (3, false), (4, false)]);

        Assert.Null(km.Median.Estimate);
    }

    [Fact]
    public void AtRisk_BetweenTimes_CountsSubjectsStillFollowed()
    {
        var km = KaplanMeier.Estimate([(1, true), (2, false), (5, true), (9, false)]);

        Assert.Equal((4, 3, 2, 1, 0), (km.AtRisk(0), km.AtRisk(2), km.AtRisk(3), km.AtRisk(9), km.AtRisk(10)));
    }

    [Fact]
    public void SurvivalAt_BeforeFirstEventAndAfter_StepsDown()
    {
        var km = KaplanMeier.Estimate([(1, true), (2, false), (5, true), (9, false)]);

        Assert.Equal((1.0, 0.75, 0.75, 0.375), (km.SurvivalAt(0.5), km.SurvivalAt(1), km.SurvivalAt(4.9), km.SurvivalAt(5)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Quantile_ProbabilityOutOfRange_Throws(double p)
        => Assert.Throws<ArgumentOutOfRangeException>(() => KaplanMeier.Estimate([(1, true)]).Quantile(p));

    [Theory]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    public void Estimate_NegativeOrMissingTime_Throws(double time)
        => Assert.Contains("expected times from 0", Assert.Throws<ArgumentException>(() => KaplanMeier.Estimate([(time, true)])).Message, StringComparison.Ordinal);

    [Fact]
    public void Estimate_TimeZero_Accepted()
        => Assert.Equal(0.5, KaplanMeier.Estimate([(0, true), (1, false)]).SurvivalAt(0), 12); // one of two events on day 0

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(-0.5)]
    public void Estimate_LevelOutOfRange_Throws(double level)
        => Assert.Throws<ArgumentOutOfRangeException>(() => KaplanMeier.Estimate([(1, true)], level));

    [Theory]
    [InlineData(SurvivalInterval.LogLog)]
    [InlineData(SurvivalInterval.Log)]
    [InlineData(SurvivalInterval.Plain)]
    public void Estimate_LastSubjectDies_SurvivalZeroLimitsUndefined(SurvivalInterval interval)
    {
        var last = KaplanMeier.Estimate([(1, true), (2, true)], 0.95, interval).Points[^1];

        Assert.Equal(0, last.Survival);
        Assert.True(double.IsPositiveInfinity(last.StandardError));
        Assert.True(double.IsNaN(last.Lower) && double.IsNaN(last.Upper));
    }

    internal static (double Time, bool Event)[] Times(string dataset, string group)
        => RReference.Survival(dataset).Where(d => group == "ALL" || d.Group == group).Select(d => (d.Time, d.Event)).ToArray();

    private static SurvivalInterval Interval(string confType) => confType switch
    {
        "log-log" => SurvivalInterval.LogLog,
        "log" => SurvivalInterval.Log,
        _ => SurvivalInterval.Plain,
    };
}

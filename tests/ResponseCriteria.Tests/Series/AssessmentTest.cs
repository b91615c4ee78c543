using System;
using System.Collections.Generic;
using ResponseCriteria.Lesions;
using ResponseCriteria.Series;
using Xunit;

namespace ResponseCriteria.Tests.Series;

public sealed class AssessmentTest
{
    [Fact]
    public void Target_NotRecorded_NotEvaluable()
    {
        var a = new Assessment(SeriesBuilder.D("2024-01-01"));
        Assert.Equal(Measurement.NotEvaluable, a.Target("T1"));
        Assert.Equal(NonTargetStatus.NotEvaluable, a.NonTarget("NT1"));
        Assert.Empty(a.NewLesions);
    }

    [Fact]
    public void Constructor_DuplicateId_Throws()
    {
        var pairs = new List<KeyValuePair<string, Measurement>> { new("T1", Measurement.FromMillimetres(1)), new("T1", Measurement.FromMillimetres(2)) };
        Assert.Throws<ArgumentException>(() => new Assessment(SeriesBuilder.D("2024-01-01"), pairs));
    }

    [Theory]
    [InlineData(new[] { "A1", "B1", "C1" }, false)] // alike in length and last character, all different
    [InlineData(new[] { "T1", "T2", "NT1", "T1" }, true)]
    [InlineData(new[] { "L-10", "X", "L-10" }, true)]
    public void Constructor_Ids_RepeatedIdThrows(string[] ids, bool repeated)
    {
        var pairs = new KeyValuePair<string, Measurement>[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            pairs[i] = new(ids[i], Measurement.FromMillimetres(i));
        }

        var error = Record.Exception(() => new Assessment(SeriesBuilder.D("2024-01-01"), pairs));
        Assert.Equal(repeated, error is ArgumentException);
    }

    [Fact]
    public void Constructor_NullId_ThrowsNamingTheMap()
    {
        KeyValuePair<string, Measurement>[] pairs = [new("T1", Measurement.FromMillimetres(1)), new(null!, Measurement.FromMillimetres(2))];
        var error = Assert.Throws<ArgumentException>(() => new Assessment(SeriesBuilder.D("2024-01-01"), pairs));
        Assert.Equal("targets", error.ParamName);
    }

    [Fact]
    public void Constructor_InputChangedLater_AssessmentUnchanged()
    {
        var targets = new Dictionary<string, Measurement> { ["T1"] = Measurement.FromMillimetres(10) };
        var a = new Assessment(SeriesBuilder.D("2024-01-01"), targets);
        targets["T1"] = Measurement.FromMillimetres(99);
        Assert.Equal(10m, a.Target("T1").Millimetres);
    }

    [Fact]
    public void WithTarget_ReturnsChangedCopy()
    {
        var a = new Assessment(SeriesBuilder.D("2024-01-01"), new Dictionary<string, Measurement> { ["T1"] = Measurement.FromMillimetres(10) });
        var b = a.WithTarget("T1", Measurement.FromMillimetres(12)).WithDate(SeriesBuilder.D("2024-02-01"));
        Assert.Equal(10m, a.Target("T1").Millimetres);
        Assert.Equal(12m, b.Target("T1").Millimetres);
        Assert.Equal(SeriesBuilder.D("2024-02-01"), b.Date);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(16)] // the last size looked up by a scan
    [InlineData(17)] // the first with an index
    [InlineData(60)]
    public void Targets_AnyCount_EveryIdFoundInTheOrderGiven(int count)
    {
        var pairs = new List<KeyValuePair<string, Measurement>>();
        for (var i = count; i > 0; i--)
        {
            pairs.Add(new("L" + i, Measurement.FromMillimetres(i)));
        }

        var a = new Assessment(new NodaTime.LocalDate(2024, 1, 1), pairs);
        for (var i = 1; i <= count; i++)
        {
            Assert.Equal(i, a.Target("L" + i).Millimetres);
        }

        Assert.Equal(Measurement.NotEvaluable, a.Target("L0"));
        Assert.Equal(pairs, a.Targets);
        Assert.Throws<ArgumentException>(() => new Assessment(new NodaTime.LocalDate(2024, 1, 1), [.. pairs, pairs[^1]]));
    }
}

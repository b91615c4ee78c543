using System.Collections.Generic;
using System.Linq;
using ResponseCriteria.Diagnostics;
using ResponseCriteria.Lesions;
using ResponseCriteria.Recist11;
using ResponseCriteria.Series;
using Xunit;

namespace ResponseCriteria.Tests.Recist11;

/// <summary>The flat layout every rule reads: each follow-up's values by lesion index, whatever order the assessment lists them in.</summary>
public sealed class PreparedSeriesTest
{
    private static readonly Lesion[] Lesions =
    [
        new("T1", "liver", LesionRole.Target), new("T2", "lung", LesionRole.Target), new("T3", "bone", LesionRole.Target),
        new("NT1", "bone", LesionRole.NonTarget), new("NT2", "brain", LesionRole.NonTarget),
    ];

    private static KeyValuePair<string, Measurement> M(string id, decimal mm) => new(id, Measurement.FromMillimetres(mm));

    private static KeyValuePair<string, NonTargetStatus> S(string id, NonTargetStatus status) => new(id, status);

    private static PreparedSeries Prepare(params Assessment[] followUps)
    {
        var baseline = new Assessment(SeriesBuilder.D("2024-01-01"), [M("T1", 10), M("T2", 20), M("T3", 30)], [S("NT1", NonTargetStatus.Present), S("NT2", NonTargetStatus.Present)]);
        return PreparedSeries.Build(new PatientSeries(Lesions, baseline, followUps));
    }

    [Fact]
    public void Target_DeclaredOrder_ValuesByIndex()
    {
        var p = Prepare(new Assessment(SeriesBuilder.D("2024-03-01"), [M("T1", 11), M("T2", 21), M("T3", 31)], [S("NT1", NonTargetStatus.Absent), S("NT2", NonTargetStatus.Progression)]));
        Assert.Equal([11m, 21m, 31m], [p.Target(0, 0).Millimetres!.Value, p.Target(0, 1).Millimetres!.Value, p.Target(0, 2).Millimetres!.Value]);
        Assert.Equal([NonTargetStatus.Absent, NonTargetStatus.Progression], [p.NonTarget(0, 0), p.NonTarget(0, 1)]);
        Assert.Empty(p.Diagnostics);
    }

    [Fact]
    public void Target_FollowUpsAlikeInAnotherOrder_EachValueFoundById()
    {
        // Maps made alike share their ids: the second follow-up's maps share the first's, which are not in the declared order.
        var p = Prepare(
            new Assessment(SeriesBuilder.D("2024-03-01"), [M("T3", 31), M("T1", 11), M("T2", 21)], [S("NT2", NonTargetStatus.Absent), S("NT1", NonTargetStatus.Present)]),
            new Assessment(SeriesBuilder.D("2024-05-01"), [M("T3", 32), M("T1", 12), M("T2", 22)], [S("NT2", NonTargetStatus.Progression), S("NT1", NonTargetStatus.Absent)]));

        Assert.True(p.FollowUps[1].TargetMap.HasKeys(p.FollowUps[0].TargetMap.KeyArray));
        Assert.Equal([12m, 22m, 32m], [p.Target(1, 0).Millimetres!.Value, p.Target(1, 1).Millimetres!.Value, p.Target(1, 2).Millimetres!.Value]);
        Assert.Equal([NonTargetStatus.Absent, NonTargetStatus.Progression], [p.NonTarget(1, 0), p.NonTarget(1, 1)]);
        Assert.Empty(p.Diagnostics);
    }

    [Fact]
    public void Target_OtherOrderMissingAndUndeclared_EachValueFoundByIdOrNotEvaluable()
    {
        var p = Prepare(new Assessment(SeriesBuilder.D("2024-03-01"), [M("X9", 99), M("T3", 31), M("T1", 11)], [S("NT2", NonTargetStatus.Absent)]));
        Assert.Equal(11m, p.Target(0, 0).Millimetres);
        Assert.Equal(Measurement.NotEvaluable, p.Target(0, 1));
        Assert.Equal(31m, p.Target(0, 2).Millimetres);
        Assert.Equal([NonTargetStatus.NotEvaluable, NonTargetStatus.Absent], [p.NonTarget(0, 0), p.NonTarget(0, 1)]);
        var undeclared = Assert.Single(p.Diagnostics);
        Assert.Equal("X9", undeclared.LesionId);
    }

    [Fact]
    public void Target_FollowUpNotUsed_ReadsNotEvaluable()
    {
        var p = Prepare(
            new Assessment(SeriesBuilder.D("2024-03-01"), [M("T1", 11), M("T2", 21), M("T3", 31)]),
            new Assessment(SeriesBuilder.D("2024-02-01"), [M("T1", 12), M("T2", 22), M("T3", 32)], [S("NT1", NonTargetStatus.Absent)]));
        Assert.False(p.Usable[1]);
        Assert.Equal(Measurement.NotEvaluable, p.Target(1, 0));
        Assert.Equal(NonTargetStatus.NotEvaluable, p.NonTarget(1, 0));
    }

    [Fact]
    public void BaselineTarget_OtherOrder_InDeclaredOrder()
    {
        var baseline = new Assessment(SeriesBuilder.D("2024-01-01"), [M("T3", 30), M("T1", 10), M("T2", 20)]);
        var p = PreparedSeries.Build(new PatientSeries(Lesions, baseline, []));
        Assert.Equal([10m, 20m, 30m], [p.BaselineTarget(0).Millimetres!.Value, p.BaselineTarget(1).Millimetres!.Value, p.BaselineTarget(2).Millimetres!.Value]);
        Assert.Equal(60m, p.BaselineSum);
    }

    [Theory]
    [InlineData(new[] { "T1", "T2", "NT1" }, new string[0])] // lengths and last characters differ: no id compared
    [InlineData(new[] { "A1", "B1", "C1" }, new string[0])] // same length and last character: compared, all different
    [InlineData(new[] { "T1", "T2", "T1" }, new[] { "T1" })]
    [InlineData(new[] { "L-10", "L-10", "X", "X" }, new[] { "L-10", "X" })]
    public void Build_LesionIds_EachRepeatedIdReportedOnce(string[] ids, string[] repeated)
    {
        var lesions = new Lesion[ids.Length];
        for (var j = 0; j < ids.Length; j++)
        {
            lesions[j] = new Lesion(ids[j], "organ " + j, j % 2 == 0 ? LesionRole.Target : LesionRole.NonTarget);
        }

        var p = PreparedSeries.Build(new PatientSeries(lesions, new Assessment(SeriesBuilder.D("2024-01-01")), []));
        Assert.Equal(repeated, p.Diagnostics.Where(d => d.Code == DiagnosticCodes.DuplicateLesionId).Select(d => d.LesionId!).ToArray());
        Assert.Equal(ids.Length - repeated.Length, p.Targets.Length + p.NonTargets.Length);
    }
}

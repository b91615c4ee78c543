using System.Linq;
using ResponseCriteria.Lesions;
using ResponseCriteria.Results;
using Xunit;

namespace ResponseCriteria.Tests.IRecist;

public sealed partial class IRecistEvaluatorTest
{
    [Fact]
    public void Evaluate_SixMeasurableNewLesions_FiveLargestAreTargets()
    {
        var builder = OneTarget(("2024-02-26", "50"));
        string[] organs = ["liver", "lung", "bone", "brain", "skin", "kidney"];
        for (var i = 0; i < organs.Length; i++)
        {
            builder.New("N" + i, (11 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), organ: organs[i]);
        }

        var step = Eval(builder).TimePoints[0].IRecist!;
        Assert.Equal(["N5", "N4", "N3", "N2", "N1"], step.NewLesionTargets);
        Assert.Equal(["N0"], step.NewLesionNonTargets);
        Assert.Equal(16m + 15m + 14m + 13m + 12m, step.NewLesionTargetSum);
    }

    [Fact]
    public void Evaluate_ThreeNewLesionsInOneOrgan_TwoLargestAreTargets()
    {
        var step = Eval(OneTarget(("2024-02-26", "50")).New("A", "12", organ: "Liver").New("B", "20", organ: "liver").New("C", "15", organ: "LIVER")).TimePoints[0].IRecist!;
        Assert.Equal(["B", "C"], step.NewLesionTargets);
        Assert.Equal(["A"], step.NewLesionNonTargets);
    }

    [Theory]
    [InlineData("14.9", false)]
    [InlineData("15", true)]
    public void Evaluate_NewLymphNode_TargetFromFifteenMillimetres(string size, bool target)
    {
        var step = Eval(OneTarget(("2024-02-26", "50")).New("N1", size, organ: "axilla", node: true)).TimePoints[0].IRecist!;
        Assert.Equal(target, step.NewLesionTargets.Contains("N1"));
        Assert.Equal(!target, step.NewLesionNonTargets.Contains("N1"));
    }

    [Theory]
    [InlineData("9.9", false)]
    [InlineData("10", true)]
    public void Evaluate_NewNonNodalLesion_TargetFromTenMillimetres(string size, bool target)
        => Assert.Equal(target, Eval(OneTarget(("2024-02-26", "50")).New("N1", size)).TimePoints[0].IRecist!.NewLesionTargets.Contains("N1"));

    [Fact]
    public void Evaluate_ReaderChoseRole_RoleKept()
    {
        var result = Eval(OneTarget(("2024-02-26", "50")).New("N1", "30", role: LesionRole.NonTarget)
            .At("2024-04-08", "50").New("N1", "8"));
        Assert.Equal(["N1"], result.TimePoints[0].IRecist!.NewLesionNonTargets);
        Assert.Equal(["N1"], result.TimePoints[1].IRecist!.NewLesionNonTargets); // a category once set is kept
    }

    [Fact]
    public void Evaluate_NewLesionTargetShrinksBelowTen_StaysTarget()
    {
        var result = Eval(OneTarget(("2024-02-26", "50")).New("N1", "12").At("2024-04-08", "50").New("N1", "6"));
        Assert.Equal(["N1"], result.TimePoints[1].IRecist!.NewLesionTargets);
        Assert.Equal(6m, result.TimePoints[1].IRecist!.NewLesionTargetSum);
    }

    [Fact]
    public void Evaluate_NewLesionTargetSumProgressesAfterReset_NewIUpdExplained()
    {
        // NL1 appears (iUPD), resets with the targets shrinking (scenario B), then grows from 15 to 21 mm: +40% and +6 mm over its nadir.
        var result = Eval(OneTarget(("2024-02-26", "40")).New("NL1", "15")
            .At("2024-04-08", "35").New("NL1", "15")
            .At("2024-05-20", "35").New("NL1", "21"));
        Assert.Equal(["iUPD", "iPR", "iUPD"], Codes(result));
        Assert.Contains("new-lesion target sum 21 mm is +6 mm over its nadir 15 mm", result.TimePoints[2].Explanation, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NewNonTargetSeenAgainAfterReset_ExplainedAsProgressed()
    {
        var result = Eval(OneTarget(("2024-02-26", "50")).New("NL1", organ: "pleura")
            .At("2024-04-08", "50")
            .At("2024-05-20", "50").New("NL1", organ: "pleura"));
        Assert.Contains("new non-target NL1 progressed", result.TimePoints[2].Explanation, System.StringComparison.Ordinal);
        Assert.Contains("NL1 (NLNT: seen again after it was gone: progressed)", result.TimePoints[2].Explanation, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NewNodesInDifferentSites_AllNodesOneOrganForCategories()
    {
        // Three new nodes of 20, 18 and 16 mm in three regions: nodes are one organ, so two NLTs and one NLNT.
        var result = Eval(OneTarget(("2024-02-26", "50"))
            .New("N1", "20", organ: "neck", node: true).New("N2", "18", organ: "axilla", node: true).New("N3", "16", organ: "groin", node: true));
        Assert.Equal(["N1", "N2"], result.TimePoints[0].IRecist!.NewLesionTargets);
        Assert.Equal(["N3"], result.TimePoints[0].IRecist!.NewLesionNonTargets);
    }

    [Fact]
    public void Evaluate_NewNodeAndLesionInSameOrganText_CountedApart()
    {
        // A node and two lesions named "lung": the node is in the lymph-node organ, so all three are NLTs.
        var result = Eval(OneTarget(("2024-02-26", "50"))
            .New("A", "20", organ: "lung").New("B", "18", organ: "lung").New("N", "16", organ: "lung", node: true));
        Assert.Equal(["A", "B", "N"], result.TimePoints[0].IRecist!.NewLesionTargets);
    }

    [Fact]
    public void Evaluate_NewLesionsOfEqualSize_RecordedOrderBreaksTies()
    {
        var result = Eval(OneTarget(("2024-02-26", "50"))
            .New("C", "15", organ: "liver").New("A", "15", organ: "liver").New("B", "15", organ: "liver"));
        Assert.Equal(["C", "A"], result.TimePoints[0].IRecist!.NewLesionTargets);
        Assert.Equal(["B"], result.TimePoints[0].IRecist!.NewLesionNonTargets);
    }

    [Fact]
    public void Evaluate_NewLesionIUpdTargetsGrowThenShrinkBelowLatestIUpd_ScenarioBFromLatestSum()
    {
        // iUPD at 40 mm (NL1), still iUPD at 45 mm, then 42 mm: smaller than at the latest iUPD, NL1 unchanged, so the bar resets.
        var result = Eval(OneTarget(("2024-02-26", "40")).New("NL1", "15")
            .At("2024-04-08", "45").New("NL1", "15")
            .At("2024-05-20", "42").New("NL1", "15"));
        Assert.Equal(["iUPD", "iUPD", "iSD"], Codes(result));
        Assert.Equal(IRecistTransition.Reset, result.TimePoints[2].IRecist!.Transition);
    }

    [Fact]
    public void Evaluate_IUpdWithTargetsNotEvaluableFromBaseline_NeNamesTheTargets()
    {
        // The baseline target is not measured, so no target response can be called (the later sizes do not help); a new lesion
        // gives iUPD, then it is gone but the targets still cannot be judged.
        var series = new SeriesBuilder().Target("T1").At("2024-01-01", "NE")
            .At("2024-02-26", "30").New("NL1", "15")
            .At("2024-04-08", "30");
        var result = Eval(series);
        Assert.Equal(["iUPD", "NE"], Codes(result));
        Assert.Contains("targets not evaluable", result.TimePoints[1].Explanation, System.StringComparison.Ordinal);
    }
}

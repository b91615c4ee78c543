using System.Linq;
using ResponseCriteria.Lesions;
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
}

using System;
using System.Linq;
using ResponseCriteria.Cases.Tests;
using ResponseCriteria.Endpoints.Statistics;
using Xunit;

namespace ResponseCriteria.Endpoints.Tests;

public sealed class KappaTest
{
    private static readonly string[] Categories = ["CR", "PR", "SD", "PD", "NE"];

    /// <summary>Kappa, its standard error and 95% interval as R's vcd::Kappa computes them (and psych::cohen.kappa, unweighted).</summary>
    [Theory]
    [InlineData("table", "Unweighted")]
    [InlineData("table", "Linear")]
    [InlineData("random", "Unweighted")]
    [InlineData("random", "Linear")]
    public void Compute_RReferencePairs_EqualsR(string dataset, string weights)
    {
        var expected = RReference.Read("kappa.csv").Single(r => r["dataset"] == dataset && r["weights"] == weights);
        var pairs = RReference.Read("kappa_input.csv").Where(r => r["dataset"] == dataset).Select(r => (r["first"], r["second"]));

        var kappa = Kappa.Compute(pairs, Categories, Enum.Parse<KappaWeights>(weights));

        Assert.Equal(RReference.Number(expected["kappa"]), kappa.Value, RReference.Tolerance);
        Assert.Equal(RReference.Number(expected["se"]), kappa.StandardError, RReference.Tolerance);
        Assert.Equal(RReference.Number(expected["lower"]), kappa.Lower, RReference.Tolerance);
        Assert.Equal(RReference.Number(expected["upper"]), kappa.Upper, RReference.Tolerance);
        if (weights == "Unweighted")
        {
            Assert.Equal(RReference.Number(expected["psych_lower"]), kappa.Lower, RReference.Tolerance);
        }
    }

    [Fact]
    public void Compute_PerfectAgreement_IsOne()
        => Assert.Equal(1, Kappa.Compute([("CR", "CR"), ("PD", "PD"), ("SD", "SD")], Categories).Value, 12);

    [Fact]
    public void Compute_UnknownCategory_ThrowsNamingIt()
    {
        var e = Assert.Throws<ArgumentException>(() => Kappa.Compute([("CR", "iCR")], Categories));

        Assert.Contains("'iCR'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_NoPairs_Throws()
        => Assert.Throws<ArgumentException>(() => Kappa.Compute([], Categories));
}

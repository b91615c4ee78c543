using System.Linq;
using NodaTime;
using ResponseCriteria.Confirmation;
using ResponseCriteria.Responses;
using Xunit;

namespace ResponseCriteria.Tests.IRecist;

/// <summary>iBOR: the eight worked examples of [S17] Table 3 (no confirmation of response required).</summary>
public sealed class IRecistBestResponseTest
{
    private static readonly LocalDate Baseline = new(2024, 1, 1);

    [Theory]
    [InlineData("iCR", "56:iCR", "112:iUPD", "168:iCPD")]
    [InlineData("iCR", "56:iUPD", "112:iPR", "168:iCR")]
    [InlineData("iPR", "56:iUPD", "112:iPR")]
    [InlineData("iPR", "56:iUPD", "112:iSD", "168:iPR")]
    [InlineData("iSD", "56:iUPD", "112:iSD")]
    [InlineData("iCPD", "56:iUPD", "112:iCPD")]
    [InlineData("iCPD", "56:iUPD", "112:iUPD", "168:iCPD")]
    [InlineData("iUPD", "56:iUPD", "112:NE", "168:NE", "224:NE", "280:NE")]
    public void Derive_Table3Examples_MatchGuideline(string expected, params string[] calls)
    {
        var parsed = calls.Select(c =>
        {
            var parts = c.Split(':');
            Assert.True(ResponseCodes.TryParse(parts[1], out var response, out _));
            return new ResponseCall(Baseline.PlusDays(int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture)), response);
        }).ToArray();
        var best = BestResponse.Derive(Baseline, parsed, confirmation: false, criteria: Criteria.IRecist);
        Assert.Equal(expected, ResponseCodes.ToCode(best.Response, Criteria.IRecist));
    }
}

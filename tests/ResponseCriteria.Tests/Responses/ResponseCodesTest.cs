using System;
using ResponseCriteria.Responses;
using Xunit;

namespace ResponseCriteria.Tests.Responses;

public sealed class ResponseCodesTest
{
    [Theory]
    [InlineData(Response.CompleteResponse, "CR", "iCR")]
    [InlineData(Response.PartialResponse, "PR", "iPR")]
    [InlineData(Response.StableDisease, "SD", "iSD")]
    [InlineData(Response.NonCompleteNonProgression, "NonCR/NonPD", "iNonCR/NonPD")]
    [InlineData(Response.NotEvaluable, "NE", "NE")]
    [InlineData(Response.NoEvidenceOfDisease, "NED", "NED")]
    [InlineData(Response.UnconfirmedProgression, "iUPD", "iUPD")]
    [InlineData(Response.ConfirmedProgression, "iCPD", "iCPD")]
    public void ToCode_ByCriteria_CaseFormatCodes(Response response, string recist, string irecist)
    {
        Assert.Equal(recist, ResponseCodes.ToCode(response, Criteria.Recist11));
        Assert.Equal(irecist, ResponseCodes.ToCode(response, Criteria.IRecist));
    }

    [Fact]
    public void TryParse_EveryCode_RoundTrips()
    {
        foreach (var response in Enum.GetValues<Response>())
        {
            if (response == Response.NotApplicable)
            {
                continue;
            }

            foreach (var criteria in Enum.GetValues<Criteria>())
            {
                if (response == Response.ProgressiveDisease && criteria == Criteria.IRecist)
                {
                    continue; // a progressed component is written iUPD under iRECIST; see the next test
                }

                var code = ResponseCodes.ToCode(response, criteria);
                Assert.True(ResponseCodes.TryParse(code, out var parsed, out _), code);
                Assert.Equal(response, parsed);
            }
        }
    }

    [Fact]
    public void ToCode_ProgressiveDiseaseUnderIRecist_WrittenIUpd()
        => Assert.Equal("iUPD", ResponseCodes.ToCode(Response.ProgressiveDisease, Criteria.IRecist));

    [Theory]
    [InlineData("pr")]
    [InlineData("iPD")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_Unknown_False(string? code)
        => Assert.False(ResponseCodes.TryParse(code, out _, out _));

    [Fact]
    public void Rank_Ordering_CrBestNeWorst()
    {
        Response[] ordered = [Response.CompleteResponse, Response.PartialResponse, Response.StableDisease, Response.NonCompleteNonProgression, Response.NoEvidenceOfDisease, Response.UnconfirmedProgression, Response.ProgressiveDisease, Response.NotEvaluable];
        for (var i = 1; i < ordered.Length; i++)
        {
            Assert.True(ResponseCodes.Rank(ordered[i - 1]) > ResponseCodes.Rank(ordered[i]), $"{ordered[i - 1]} > {ordered[i]}");
        }
    }

    [Theory]
    [InlineData("RECIST 1.1", Criteria.Recist11)]
    [InlineData("recist1.1", Criteria.Recist11)]
    [InlineData("iRECIST", Criteria.IRecist)]
    [InlineData("IRECIST", Criteria.IRecist)]
    public void TryParseCriteria_NamesIgnoringCaseAndSpaces_Read(string name, Criteria expected)
    {
        Assert.True(ResponseCodes.TryParseCriteria(name, out var criteria));
        Assert.Equal(expected, criteria);
        Assert.True(ResponseCodes.TryParseCriteria(ResponseCodes.CriteriaName(criteria), out var back));
        Assert.Equal(criteria, back);
    }

    [Theory]
    [InlineData("mRECIST")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParseCriteria_Unknown_False(string? name)
        => Assert.False(ResponseCodes.TryParseCriteria(name, out _));
}

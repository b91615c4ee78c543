using System.Collections.Generic;
using System.Linq;
using ResponseCriteria.Responses;
using Xunit;

namespace ResponseCriteria.Sdtm.Tests;

/// <summary>The hand-written iRECIST RS set: iBOR from its recorded calls; its known internal contradictions are reported, not crashes.</summary>
public sealed class IRecistRecordedSetTest
{
    private static readonly RecordedResponses Recorded = RecordedResponses.Read(Pharmaverse.Read("rs_onco_irecist.csv"), Criteria.IRecist);

    [Theory]
    [InlineData("01-701-1034", "NTRGRESP")] // v10: NTRGRESP iSD, OVRLRESP NON-iCR/NON-iUPD
    [InlineData("01-701-1345", "NTRGRESP")] // v10.1: the same swap
    [InlineData("01-701-1148", "NTRGRESP")] // v10.1: NTRGRESP iPR
    [InlineData("01-701-1287", "TRGRESP")] // v12: TRGRESP "PR", not iPR
    [InlineData("01-701-1097", "OVRLRESP")] // v7: NEWLIND Y but OVRLRESP NE
    [InlineData("01-701-1302", "OVRLRESP")] // v7: NEWLIND Y but OVRLRESP iSD
    [InlineData("01-701-1415", "OVRLRESP")] // v12: iSD with non-target NE gives iSD, recorded NE
    [InlineData("01-703-1086", "RSORRES")] // v7: RSORRES CR, RSSTRESC NON-iCR/NON-iUPD
    [InlineData("01-701-1028", "OVRLRESP")] // iCPD followed by iSD
    public void Read_KnownContradiction_Reported(string usubjid, string variable)
        => Assert.Contains(Recorded.Issues, i => i.Usubjid == usubjid && i.Variable == variable && i.Severity == Diagnostics.DiagnosticSeverity.Warning);

    [Fact]
    public void Read_PartialDate_ImputedWithNote()
        => Assert.Contains(Recorded.Issues, i => i.Usubjid == "01-701-1028" && i.Variable == "RSDTC" && i.Message.Contains("2013-08", System.StringComparison.Ordinal));

    [Fact]
    public void Derive_IRecistCalls_BestResponseFollowsIRecist()
    {
        var issues = new List<SdtmIssue>();
        var references = SdtmStudyReader.ReferenceDates(Pharmaverse.Read("tu_onco.csv"));
        var best = RecordedBestResponse.Derive(Recorded, references, null, issues).ToDictionary(b => b.Subject.Usubjid);
        Assert.Equal(26, best.Count);

        // 01-702-1082: iUPD then iCPD: iCPD, dated at the iUPD that was confirmed.
        Assert.Equal(Response.ConfirmedProgression, best["01-702-1082"].Best.Response);
        Assert.Equal(best["01-702-1082"].Subject.Visits[0].Date, best["01-702-1082"].ProgressionDate);

        // 01-701-1015: a single iUPD never confirmed: iUPD, no progression event.
        Assert.Equal(Response.UnconfirmedProgression, best["01-701-1015"].Best.Response);
        Assert.Null(best["01-701-1015"].ProgressionDate);

        // 01-701-1130: iUPD, iCR, iCR, iUPD: the reset iUPD does not count; iCR.
        Assert.Equal(Response.CompleteResponse, best["01-701-1130"].Best.Response);
        Assert.DoesNotContain(issues, i => i.Variable == "RSDTC");
    }
}

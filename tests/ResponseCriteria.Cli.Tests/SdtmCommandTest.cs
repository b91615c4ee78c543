using System.IO;
using System.Linq;
using ResponseCriteria.Cases.Tests;
using Xunit;

namespace ResponseCriteria.Cli.Tests;

public sealed class SdtmCommandTest
{
    private static string Data(string name) => Repository.Pharmaverse(name);

    private static (int Code, string Out, string Err) Run(params string[] args) => RecistCli.Run(args);

    [Fact]
    public void Run_SmallRecistSet_FullConcordance()
    {
        var (code, output, _) = Run("sdtm", "--tu", Data("tu_onco_recist.csv"), "--tr", Data("tr_onco_recist.csv"), "--rs", Data("rs_onco_recist.csv"));
        Assert.Equal(0, code);
        Assert.Contains("tr_onco_recist.csv: 546 rows read", output);
        Assert.Contains("subjects: 24 subject/evaluator series (8 subjects)", output);
        Assert.EndsWith("concordance: 66 agree, 0 disagree\n", output);
    }

    [Fact]
    public void Run_GuidelineReappearance_OneDisagreementExplained()
    {
        var (code, output, _) = Run("sdtm", "--tu", Data("tu_onco_recist.csv"), "--tr", Data("tr_onco_recist.csv"), "--rs", Data("rs_onco_recist.csv"), "--reappearance-pd");
        Assert.Equal(0, code); // disagreements are findings, not failures
        Assert.Contains("01-701-1133 RADIOLOGIST 2 WEEK 9 2012-12-30: recorded PR, derived PD", output);
        Assert.Contains("reappeared after a complete response", output);
        Assert.EndsWith("concordance: 65 agree, 1 disagree\n", output);
    }

    /// <summary>With ADSL the reference date of recorded best response is RANDDT (as admiralonco's), not the first TU date.</summary>
    [Fact]
    public void Run_RecordedCallsWithAdsl_ReferenceIsRandomisation()
    {
        var adsl = System.IO.Path.Combine(Repository.Data, "pharmaverse-adam", "adsl.csv");
        var (code, output, _) = Run("sdtm", "--rs", Data("rs_onco_recist.csv"), "--adsl", adsl, "--evaluator", "INVESTIGATOR");

        Assert.Equal(0, code);
        Assert.Contains("01-701-1133  INVESTIGATOR  PR CR PD                     CR             SD             2012-12-30  2012-10-28", output);
        Assert.DoesNotContain("no baseline date", output);
    }

    [Fact]
    public void Run_AdslAndDm_UsageError()
    {
        var (code, _, err) = Run("sdtm", "--rs", Data("rs_onco_recist.csv"), "--adsl", "a.csv", "--dm", "d.csv");

        Assert.Equal(2, code);
        Assert.Contains("--adsl or --dm", err);
    }

    [Fact]
    public void Run_Out_WritesAdamStyleFiles()
    {
        var dir = Path.Combine(Repository.Scratch, "recist-out-" + System.Guid.NewGuid().ToString("N"));
        var (code, _, _) = Run("sdtm", "--tu", Data("tu_onco_recist.csv"), "--tr", Data("tr_onco_recist.csv"), "--rs", Data("rs_onco_recist.csv"), "--evaluator", "INVESTIGATOR", "--out", dir);
        Assert.Equal(0, code);
        var ovr = File.ReadAllLines(Path.Combine(dir, "adrs_ovr.csv"));
        Assert.StartsWith("STUDYID,USUBJID,EVALUATOR,ACPTFL,PARAMCD", ovr[0]);
        Assert.Equal(22 + 1, ovr.Length); // 22 investigator time points and the header
        Assert.Contains(ovr, l => l.StartsWith("CDISCPILOT01,01-701-1015,INVESTIGATOR,,OVR,", System.StringComparison.Ordinal) && l.Contains(",CR,CR,Y,", System.StringComparison.Ordinal));
        var bor = File.ReadAllLines(Path.Combine(dir, "adrs_bor.csv"));
        Assert.Contains(bor, l => l.StartsWith("CDISCPILOT01,01-701-1118,INVESTIGATOR,DERIVED,CBOR,", System.StringComparison.Ordinal) && l.Contains(",PR,2014-04-23,2014-06-04,", System.StringComparison.Ordinal));
        Assert.Contains(bor, l => l.StartsWith("CDISCPILOT01,01-701-1118,INVESTIGATOR,RECORDED,CBOR,", System.StringComparison.Ordinal));
        Assert.All(bor.Skip(1), l => Assert.StartsWith("CDISCPILOT01,", l, System.StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(dir, "issues.csv")));
    }

    [Fact]
    public void Run_RecordedIRecistCallsAlone_DerivesIBorAndReportsContradictions()
    {
        var (code, output, _) = Run("sdtm", "--rs", Data("rs_onco_irecist.csv"), "--tu", Data("tu_onco.csv"), "--criteria", "iRECIST");
        Assert.Equal(0, code);
        Assert.Contains("01-702-1082  INVESTIGATOR  iUPD iCPD", output);
        Assert.Contains("'iSD' is recorded after a confirmed progression", output);
        Assert.DoesNotContain("concordance:", output);
    }

    [Fact]
    public void Run_UnreadableFile_ExitTwoNamingIt()
    {
        var (code, _, error) = Run("sdtm", "--tu", "/no/such/tu.csv", "--tr", Data("tr_onco_recist.csv"));
        Assert.Equal(2, code);
        Assert.Contains("/no/such/tu.csv", error);
    }

    [Theory]
    [InlineData("sdtm")]
    [InlineData("sdtm", "--tr", "x.csv")]
    [InlineData("sdtm", "--rs", "x.csv", "--criteria", "mRECIST")]
    [InlineData("sdtm", "--rs", "x.csv", "--pd-reference", "zenith")]
    public void Run_BadUsage_ExitTwo(params string[] args)
        => Assert.Equal(2, Run(args).Code);

    [Fact]
    public void Run_LargeRecordedSet_StudyIdOnEveryRowAndUnscheduledVisitInDateOrder()
    {
        var dir = Path.Combine(Repository.Scratch, "recist-out-" + System.Guid.NewGuid().ToString("N"));
        try
        {
            var (code, output, _) = Run("sdtm", "--rs", Data("rs_onco.csv"), "--tu", Data("tu_onco.csv"), "--sd-days", "42", "--out", dir);
            Assert.Equal(0, code);
            var bor = File.ReadAllLines(Path.Combine(dir, "adrs_bor.csv"));
            Assert.True(bor.Length > 1);
            Assert.All(bor.Skip(1), l => Assert.StartsWith("CDISCPILOT01,", l, System.StringComparison.Ordinal));

            // UNSCHEDULED 9.2 is dated after 9.3: the PR of 2014-01-08 is confirmed on 2014-03-11 (admiralonco agrees).
            Assert.Contains(bor, l => l.StartsWith("CDISCPILOT01,01-701-1153,INVESTIGATOR,RECORDED,CBOR,", System.StringComparison.Ordinal) && l.Contains(",PR,2014-01-08,2014-03-11,", System.StringComparison.Ordinal));

            // One line per kind of issue, the detail in issues.csv.
            var issueLines = output.Split('\n').SkipWhile(l => !l.StartsWith("issues:", System.StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.StartsWith("  ", System.StringComparison.Ordinal)).ToList();
            Assert.InRange(issueLines.Count, 1, 10);
            Assert.Contains(issueLines, l => l.StartsWith("  warning OVRLRESP: ", System.StringComparison.Ordinal));
            var detail = File.ReadAllLines(Path.Combine(dir, "issues.csv"));
            Assert.True(detail.Length > issueLines.Count + 1);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Run_Verbose_PrintsEveryIssue()
    {
        // RS alone: every subject/evaluator warns that its SD minimum counts from the first recorded assessment (615 + 6 warnings).
        var (_, quiet, _) = Run("sdtm", "--rs", Data("rs_onco.csv"));
        var (code, verbose, _) = Run("sdtm", "--rs", Data("rs_onco.csv"), "--verbose");
        Assert.Equal(0, code);
        static int Count(string text) => text.Split('\n').Count(l => l.StartsWith("  warning: ", System.StringComparison.Ordinal));
        Assert.Contains("issues: 0 rejected records, 621 warnings, 0 notes (--out DIR writes them all to issues.csv; --verbose prints them)", quiet);
        Assert.Equal(0, Count(quiet));
        Assert.Contains("  warning RSDTC: 615, e.g. ", quiet);
        Assert.Equal(621, Count(verbose));
    }
}

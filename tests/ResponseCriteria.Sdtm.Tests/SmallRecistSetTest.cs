using System.Collections.Generic;
using System.Linq;
using ResponseCriteria.Recist11;
using ResponseCriteria.Responses;
using Xunit;

namespace ResponseCriteria.Sdtm.Tests;

/// <summary>
/// The small RECIST set (tu_onco_recist, tr_onco_recist, rs_onco_recist: 8 subjects, 3 evaluators, 66 recorded overall
/// responses), derived from the measurements and compared with RS.
/// </summary>
public sealed class SmallRecistSetTest
{
    private static readonly SdtmStudy Study = SdtmStudyReader.Read(Pharmaverse.Read("tu_onco_recist.csv"), Pharmaverse.Read("tr_onco_recist.csv"));
    private static readonly RecordedResponses Recorded = RecordedResponses.Read(Pharmaverse.Read("rs_onco_recist.csv"), Criteria.Recist11);

    private static StudyEvaluation Evaluate(bool reappearanceIsProgression = false)
        => StudyEvaluation.Evaluate(Study, Recorded, Criteria.Recist11, new IRecist.IRecistOptions
        {
            Recist11 = new Recist11Options { ProgressionIsFinal = false, ReappearanceAfterCompleteResponseIsProgression = reappearanceIsProgression },
        });

    [Fact]
    public void Read_SmallSet_EveryRowAccountedFor()
    {
        Assert.Equal(24, Study.Subjects.Count); // 8 subjects x 3 evaluators
        foreach (var counts in Study.Counts)
        {
            Assert.Equal(counts.Read, counts.Used + counts.NotNeeded + counts.Rejected);
            Assert.Equal(0, counts.Rejected);
        }

        Assert.Equal(66, Recorded.Counts.Used);
    }

    [Fact]
    public void Evaluate_SmallSet_AllSixtySixOverallResponsesAgree()
    {
        var e = Evaluate();
        Assert.Equal(66, e.Agree);
        Assert.Equal(0, e.Disagree);
        Assert.Empty(e.UnmatchedRecorded);
    }

    [Fact]
    public void Evaluate_GuidelineReappearanceDefault_OneVisitDiffers()
    {
        // 01-701-1133, radiologist 2, week 9: T01 back at 4.95 mm after a CR. The recorded PR follows the sum rule (+4.95 mm is
        // under 5 mm); the guideline default (criteria Q11) calls any reappearance after CR progression.
        var e = Evaluate(reappearanceIsProgression: true);
        var (subject, comparison) = Assert.Single(e.Disagreements);
        Assert.Equal(("01-701-1133", "RADIOLOGIST 2", "WEEK 9"), (subject.Subject.Usubjid, subject.Subject.Evaluator, comparison.Visit.Visit));
        Assert.Equal("PR", comparison.Recorded!.Overall);
        Assert.Equal("PD", comparison.DerivedOverall);
    }

    /// <summary>
    /// BOR and confirmed BOR by the investigator, worked out by hand from the visit calls and dates (SD minimum 42 days from the
    /// screening scan, confirmation 28 days, one NE allowed between). They equal the admiralonco peer run of the pharmaverse README.
    /// </summary>
    [Theory]
    [InlineData("01-701-1015", "CR", "SD")] // screening 01-02; SD 01-23 (d21), NE 2014-02 (imputed 02-28), CR 03-06 (d63): CR unconfirmed, counts as SD
    [InlineData("01-701-1028", "PD", "PD")] // screening 07-19; SD 08-09 (d21, too early), PD 08-30
    [InlineData("01-701-1034", "NON-CR/NON-PD", "NON-CR/NON-PD")] // screening 07-01; NON-CR/NON-PD 07-22 (d21) and 08-12 (d42)
    [InlineData("01-701-1097", "NE", "NE")] // screening 01-01; NON-CR/NON-PD 01-22 only (d21, too early), nothing after
    [InlineData("01-701-1115", "CR", "SD")] // screening 11-30; SD 12-21, PR 01-11 (d42), CR 02-01: 21 days, not a confirmation
    [InlineData("01-701-1118", "PR", "PR")] // screening 03-12; SD 04-02, PR 04-23, NE 05-14, PR 06-04: 42 days later, one NE between
    [InlineData("01-701-1130", "SD", "SD")] // screening 02-15; SD 03-08, SD 03-29 (d42), PD 04-19
    [InlineData("01-701-1133", "CR", "SD")] // screening 10-28; PR 11-18, CR 12-09 (d42; 21 days after the PR), PD 12-30
    public void Evaluate_Investigator_BestResponsesAsWorkedOutByHand(string usubjid, string bor, string cbor)
    {
        var s = Evaluate().Subjects.Single(x => x.Subject.Usubjid == usubjid && x.Subject.Evaluator == "INVESTIGATOR");
        Assert.Equal(bor, RecordedResponses.ToCode(s.Result.UnconfirmedBestOverallResponse.Response, Criteria.Recist11));
        Assert.Equal(cbor, RecordedResponses.ToCode(s.Result.ConfirmedBestOverallResponse.Response, Criteria.Recist11));
        var references = Study.Subjects.Where(x => x.Evaluator == "INVESTIGATOR").ToDictionary(x => x.Usubjid, x => x.Baseline.Date);
        var fromRecorded = RecordedBestResponse.Derive(Recorded, references, null, new List<SdtmIssue>())
            .Single(b => b.Subject.Usubjid == usubjid && b.Subject.Evaluator == "INVESTIGATOR");
        Assert.Equal(bor, RecordedResponses.ToCode(fromRecorded.Best.Response, Criteria.Recist11));
        Assert.Equal(cbor, RecordedResponses.ToCode(fromRecorded.Confirmed.Response, Criteria.Recist11));
    }

    [Fact]
    public void Read_PartialDate_ImputedToLastDayWithNote()
    {
        var subject = Study.Subjects.Single(s => s.Usubjid == "01-701-1015" && s.Evaluator == "INVESTIGATOR");
        var week6 = subject.FollowUps.Single(v => v.Visit == "WEEK 6");
        Assert.True(week6.DateImputed);
        Assert.Equal(new NodaTime.LocalDate(2014, 2, 28), week6.Date);
        Assert.Contains(Study.Issues, i => i.Usubjid == "01-701-1015" && i.Variable == "TRDTC" && i.Message.Contains("2014-02-28", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Read_NodeMeasuredOnShortAxis()
    {
        var subject = Study.Subjects.Single(s => s.Usubjid == "01-701-1015" && s.Evaluator == "INVESTIGATOR");
        var node = subject.Series.Lesions.Single(l => l.Id == "T02");
        Assert.True(node.IsLymphNode);
        Assert.Equal(32m, subject.Series.Baseline.Target("T02").Millimetres); // LPERP 32, not LDIAM 33.28
        Assert.Equal(21m, subject.Series.Baseline.Target("T01").Millimetres); // LDIAM for a non-nodal lesion
    }
}

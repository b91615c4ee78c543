using System.Linq;
using ResponseCriteria.IRecist;
using ResponseCriteria.Recist11;
using ResponseCriteria.Responses;
using Xunit;

namespace ResponseCriteria.Sdtm.Tests;

/// <summary>
/// The large synthetic set (tu_onco, tr_onco, supptr_onco, rs_onco: 254 subjects, 3 evaluators, ~56,000 TR rows). Its RS was
/// generated with target PD measured from baseline and no 5 mm rule (README); docs/sdtm.md explains every remaining difference.
/// </summary>
public sealed class LargeSetTest
{
    private static readonly SdtmStudy Study = SdtmStudyReader.Read(Pharmaverse.Read("tu_onco.csv"), Pharmaverse.Read("tr_onco.csv"), Pharmaverse.Read("supptr_onco.csv"));
    private static readonly RecordedResponses Recorded = RecordedResponses.Read(Pharmaverse.Read("rs_onco.csv"), Criteria.Recist11);

    private static StudyEvaluation Evaluate(ProgressionReference reference, decimal minimumMillimetres)
        => StudyEvaluation.Evaluate(Study, Recorded, Criteria.Recist11, new IRecistOptions
        {
            Recist11 = new Recist11Options
            {
                ProgressionIsFinal = false,
                ReappearanceAfterCompleteResponseIsProgression = false,
                ProgressionReference = reference,
                ProgressionMinimumIncreaseMillimetres = minimumMillimetres,
            },
        });

    [Fact]
    public void Read_LargeSet_CompletelyWithNothingRejected()
    {
        Assert.Equal(762, Study.Subjects.Count);
        Assert.Equal(254, Study.Subjects.Select(s => s.Usubjid).Distinct().Count());
        var tr = Study.Counts.Single(c => System.IO.Path.GetFileName(c.Source) == "tr_onco.csv.gz");
        Assert.Equal(55995, tr.Read);
        Assert.Equal(0, tr.Rejected);
        Assert.Equal(tr.Read, tr.Used + tr.NotNeeded);
        Assert.Equal(0, Recorded.Counts.Rejected);
    }

    [Fact]
    public void Evaluate_WithTheGeneratorsSimplification_TargetDisagreementsAreAllNotDoneLesions()
    {
        var e = Evaluate(ProgressionReference.Baseline, 0m);
        var compared = e.Subjects.SelectMany(s => s.Comparisons).Where(c => c.TargetAgrees is not null).ToList();
        var disagreeing = compared.Where(c => c.TargetAgrees == false).ToList();
        Assert.Equal(1899, compared.Count);
        Assert.Equal(42, disagreeing.Count);

        // Every one: a target recorded NOT DONE. RECIST 1.1 makes the target response NE unless the measured ones prove PD;
        // the generator's SUMDIAM counts such a lesion as 0 mm.
        Assert.All(disagreeing, c =>
        {
            Assert.Equal("NE", c.DerivedTarget);
            Assert.NotEmpty(c.Derived.Target.NotEvaluableLesions);
        });
    }

    [Fact]
    public void Evaluate_WithTheGuidelinesRules_ProgressionDifferencesAppear()
    {
        var literal = Evaluate(ProgressionReference.Nadir, 5m);
        var simplified = Evaluate(ProgressionReference.Baseline, 0m);
        Assert.True(literal.Disagree > simplified.Disagree);

        // The differences the simplification removes are the nadir-based progressions the generator did not call.
        var removed = literal.Disagreements.Count(d => d.Comparison.DerivedOverall == "PD" && d.Comparison.Recorded!.Overall is "SD" or "PR");
        Assert.Equal(literal.Disagree - simplified.Disagree, removed - simplified.Disagreements.Count(d => d.Comparison.DerivedOverall == "PD"));
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using ResponseCriteria.Cases.Tests;
using ResponseCriteria.Responses;
using ResponseCriteria.Sdtm;
using Xunit;

namespace ResponseCriteria.Endpoints.Tests;

public sealed class ReaderAgreementTest
{
    // Computed afresh by each test (not cached in a static, which would hide a mutant from mutation testing).
    private static IReadOnlyList<ReaderAgreement> LargeSet => Large();

    private static IReadOnlyList<ReaderAgreement> Large()
    {
        var adsl = SubjectTable.ReadAdsl(SdtmTableReader.Read(PharmaverseParityTest.Adam("adsl.csv")));
        var rs = RecordedResponses.Read(SdtmTableReader.Read(Repository.Pharmaverse("rs_onco.csv")), Criteria.Recist11);
        var readers = rs.Subjects.Select(s => s.Evaluator).Distinct().Order(StringComparer.Ordinal)
            .Select(r => (r, StudyEndpoints.Derive(adsl, StudyEndpoints.CallsOf(rs, r), Criteria.Recist11))).ToArray();
        return ReaderAgreement.Pairwise(readers);
    }

    /// <summary>
    /// The large pharmaverse set's three readers (RS INVESTIGATOR, RADIOLOGIST 1, RADIOLOGIST 2): the subjects compared and their
    /// BORs are those committed in r-reference/pharmaverse_agreement.csv, and kappa (unweighted and linear) is what R's vcd
    /// computes from them.
    /// </summary>
    [Fact]
    public void Pairwise_LargePharmaverseSet_KappaEqualsR()
    {
        var committed = RReference.Read("pharmaverse_agreement.csv");
        var kappas = RReference.Read("kappa.csv");

        Assert.Equal(["INVESTIGATOR vs RADIOLOGIST 1", "INVESTIGATOR vs RADIOLOGIST 2", "RADIOLOGIST 1 vs RADIOLOGIST 2"], LargeSet.Select(a => $"{a.First} vs {a.Second}"));
        foreach (var a in LargeSet)
        {
            var rows = committed.Where(r => r["FIRST"] == a.First && r["SECOND"] == a.Second).ToArray();
            Assert.Equal(205, a.Subjects.Count);
            Assert.Equal(rows.Select(r => (r["USUBJID"], r["BOR1"], r["BOR2"], r["PDDT1"], r["PDDT2"])), a.Subjects.Select(p => (p.Usubjid, p.FirstBest, p.SecondBest, Date(p.FirstProgression), Date(p.SecondProgression))));
            foreach (var (kappa, weights) in new[] { (a.BestResponse!, "Unweighted"), (a.BestResponseLinear!, "Linear") })
            {
                var r = kappas.Single(k => k["dataset"] == $"pharmaverse {a.First} vs {a.Second}" && k["weights"] == weights);
                Assert.Equal(RReference.Number(r["kappa"]), kappa.Value, RReference.Tolerance);
                Assert.Equal(RReference.Number(r["lower"]), kappa.Lower, RReference.Tolerance);
                Assert.Equal(RReference.Number(r["upper"]), kappa.Upper, RReference.Tolerance);
            }
        }
    }

    /// <summary>The progression-date counts of the large set, recounted here from the committed pairs.</summary>
    [Fact]
    public void Pairwise_LargePharmaverseSet_ProgressionDiscordanceCountsEachSubjectOnce()
    {
        foreach (var a in LargeSet)
        {
            var rows = RReference.Read("pharmaverse_agreement.csv").Where(r => r["FIRST"] == a.First && r["SECOND"] == a.Second).ToArray();
            var p = a.Progression;
            Assert.Equal(rows.Length, p.Subjects);
            Assert.Equal(rows.Count(r => r["PDDT1"].Length > 0 && r["PDDT1"] == r["PDDT2"]), p.SameDate);
            Assert.Equal(rows.Count(r => r["PDDT1"].Length > 0 && r["PDDT2"].Length > 0 && string.CompareOrdinal(r["PDDT1"], r["PDDT2"]) < 0), p.FirstEarlier);
            Assert.Equal(rows.Count(r => r["PDDT1"].Length > 0 && r["PDDT2"].Length > 0 && string.CompareOrdinal(r["PDDT1"], r["PDDT2"]) > 0), p.FirstLater);
            Assert.Equal(rows.Count(r => r["PDDT1"].Length > 0 && r["PDDT2"].Length == 0), p.OnlyFirst);
            Assert.Equal(rows.Count(r => r["PDDT1"].Length == 0 && r["PDDT2"].Length > 0), p.OnlySecond);
            Assert.True(p.Discordant > 0 && p.Discordant < p.Subjects);
        }
    }

    [Fact]
    public void Compare_EachProgressionCase_CountedInItsCategory()
    {
        var first = Endpoints(("S1", "PD", 60), ("S2", "PD", 60), ("S3", "PD", 120), ("S4", "PD", 60), ("S5", "SD", 0), ("S6", "SD", 0), ("S7", "PD", 60), ("S8", "PD", 60), ("S9", "PD", 60));
        var second = Endpoints(("S1", "PD", 60), ("S2", "PD", 120), ("S3", "PD", 60), ("S4", "SD", 0), ("S5", "PD", 60), ("S6", "SD", 0), ("S8", "PD", 120), ("S9", "SD", 0));

        var a = ReaderAgreement.Compare("A", first, "B", second);

        Assert.Equal(new ProgressionDiscordance(1, 2, 1, 2, 1, 1), a.Progression);
        Assert.Equal((8, 6), (a.Progression.Subjects, a.Progression.Discordant));
        Assert.Equal(8, a.Subjects.Count);
        Assert.DoesNotContain(a.Subjects, p => p.Usubjid == "S7");
    }

    [Fact]
    public void Compare_TwoCategories_KappaComputed()
    {
        var a = ReaderAgreement.Compare("A", Endpoints(("S1", "SD", 0), ("S2", "PD", 60)), "B", Endpoints(("S1", "SD", 0), ("S2", "PD", 60)));

        Assert.Equal(["SD", "PD"], a.BestResponse!.Categories);
        Assert.Equal(1, a.BestResponseLinear!.Value, 12);
    }

    [Fact]
    public void Pairwise_ThreeReaders_EveryPairOnceInOrder()
    {
        var e = Endpoints(("S1", "SD", 0));

        var pairs = ReaderAgreement.Pairwise([("A", e), ("B", e), ("C", e)]);

        Assert.Equal([("A", "B"), ("A", "C"), ("B", "C")], pairs.Select(p => (p.First, p.Second)));
    }

    [Fact]
    public void Compare_SubjectWithoutCalls_LeftOut()
    {
        var start = new LocalDate(2024, 1, 1);
        var table = new SubjectTable([new StudySubject("S1") { ReferenceDate = start }, new StudySubject("S2") { ReferenceDate = start }]);
        var calls = new Dictionary<string, IReadOnlyList<AssessmentCall>> { ["S1"] = [new AssessmentCall(start.PlusDays(56), "SD")] };
        var e = StudyEndpoints.Derive(table, calls, Criteria.Recist11);

        Assert.Equal(["S1"], ReaderAgreement.Compare("A", e, "B", e).Subjects.Select(p => p.Usubjid));
    }

    [Fact]
    public void Compare_OneCategoryOnly_HasNoKappa()
    {
        var a = ReaderAgreement.Compare("A", Endpoints(("S1", "SD", 0)), "B", Endpoints(("S1", "SD", 0)));

        Assert.Null(a.BestResponse);
        Assert.Null(a.BestResponseLinear);
    }

    /// <summary>Subjects with one SD at day 56 and, when <c>pdDay</c> is above 0, a PD on that day (after the SD when later).</summary>
    private static StudyEndpoints Endpoints(params (string Id, string Best, int PdDay)[] subjects)
    {
        var start = new LocalDate(2024, 1, 1);
        var table = new SubjectTable(subjects.Select(s => new StudySubject(s.Id) { ReferenceDate = start }));
        var calls = subjects.ToDictionary(s => s.Id, s => (IReadOnlyList<AssessmentCall>)(s.PdDay > 0
            ? [new AssessmentCall(start.PlusDays(s.PdDay), "PD")]
            : [new AssessmentCall(start.PlusDays(56), "SD")]));
        return StudyEndpoints.Derive(table, calls, Criteria.Recist11);
    }

    private static string Date(LocalDate? date) => date?.ToString("uuuu-MM-dd", null) ?? string.Empty;
}

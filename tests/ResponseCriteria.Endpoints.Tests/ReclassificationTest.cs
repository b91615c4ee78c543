using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using ResponseCriteria.Responses;
using Xunit;

namespace ResponseCriteria.Endpoints.Tests;

public sealed class ReclassificationTest
{
    private static readonly LocalDate Start = new(2024, 1, 1);

    [Fact]
    public void Compare_EachFate_CountedAndRated()
    {
        var recist = Endpoints(Criteria.Recist11, ("S1", "SD PD PD"), ("S2", "SD PD SD"), ("S3", "SD PD"), ("S4", "PR PR"), ("S5", "SD PD NE"));
        var irecist = Endpoints(Criteria.IRecist, ("S1", "iSD iUPD iCPD"), ("S2", "iSD iUPD iSD"), ("S3", "iSD iUPD"), ("S4", "iPR iPR"), ("S5", "iSD iUPD NE"));

        var r = Reclassification.Compare(recist, irecist);

        Assert.Equal(
            new Dictionary<string, ProgressionFate> { ["S1"] = ProgressionFate.Confirmed, ["S2"] = ProgressionFate.Reset, ["S3"] = ProgressionFate.Unconfirmed, ["S5"] = ProgressionFate.Unconfirmed },
            r.Fates);
        Assert.Equal((1, 4), (r.Pseudoprogression.Count, r.Pseudoprogression.Total));
        Assert.Equal(1, r.BestResponses[("PR", "iPR")]);
        Assert.Equal(4, r.BestResponses[("SD", "iSD")]);
        Assert.Equal(3, r.EventLater); // S2, S3 and S5 progressed on day 112 under RECIST 1.1 and are censored under iRECIST
        Assert.Equal((4, 1), (r.ProgressionFreeSurvival.Events, r.ImmuneProgressionFreeSurvival.Events));
    }

    [Fact]
    public void Compare_SubjectAssessedUnderOneOnly_LeftOut()
    {
        var r = Reclassification.Compare(Endpoints(Criteria.Recist11, ("S1", "SD PD")), Endpoints(Criteria.IRecist, ("S2", "iSD iUPD")));

        Assert.Empty(r.Fates);
        Assert.Empty(r.BestResponses);
    }

    [Fact]
    public void Compare_CriteriaSwapped_Throws()
        => Assert.Throws<ArgumentException>(() => Reclassification.Compare(Endpoints(Criteria.IRecist), Endpoints(Criteria.Recist11)));

    /// <summary>Subjects with calls 8 weeks apart from day 56.</summary>
    private static StudyEndpoints Endpoints(Criteria criteria, params (string Id, string Calls)[] subjects)
    {
        var table = new SubjectTable(subjects.Select(s => new StudySubject(s.Id) { ReferenceDate = Start }));
        var calls = subjects.ToDictionary(
            s => s.Id,
            s => (IReadOnlyList<AssessmentCall>)s.Calls.Split(' ').Select((c, i) => new AssessmentCall(Start.PlusDays(56 * (i + 1)), c)).ToArray());
        return StudyEndpoints.Derive(table, calls, criteria);
    }
}

using System.Collections.Generic;
using System.Linq;
using NodaTime;
using ResponseCriteria.Responses;
using Xunit;

namespace ResponseCriteria.Endpoints.Tests;

public sealed class TimeToEventTest
{
    private static readonly LocalDate Start = new(2024, 1, 1);

    [Fact]
    public void Derive_ProgressionBeforeDeath_EventIsProgressionCountedFromDayOne()
    {
        var pfs = Pfs(Subject(death: 200), ("SD", 56), ("PD", 112));

        Assert.Equal((Start.PlusDays(112), 113, 0, "Disease Progression"), (pfs.Adt, pfs.Aval, pfs.Cnsr, pfs.EventDescription));
    }

    [Fact]
    public void Derive_DeathBeforeProgression_EventIsDeath()
    {
        var pfs = Pfs(Subject(death: 100), ("SD", 56), ("PD", 112));

        Assert.Equal((Start.PlusDays(100), 0, "Death"), (pfs.Adt, pfs.Cnsr, pfs.EventDescription));
    }

    [Fact]
    public void Derive_ProgressionAndDeathSameDay_ProgressionNamed()
        => Assert.Equal("Disease Progression", Pfs(Subject(death: 112), ("PD", 112)).EventDescription);

    [Fact]
    public void Derive_NoEvent_CensoredAtLastAssessment()
    {
        var pfs = Pfs(Subject(), ("SD", 56), ("NE", 112));

        Assert.Equal((Start.PlusDays(112), 1, "Last Tumor Assessment", "ADRS"), (pfs.Adt, pfs.Cnsr, pfs.CensorDescription, pfs.SourceDomain));
    }

    [Fact]
    public void Derive_NoAssessment_CensoredAtRandomisationDayOne()
    {
        var pfs = Pfs(Subject());

        Assert.Equal((Start, 1, 1, "Randomization", "RANDDT"), (pfs.Adt, pfs.Aval, pfs.Cnsr, pfs.EventDescription, pfs.SourceVariable));
    }

    [Fact]
    public void Derive_LastAliveSameAsRandomisation_CensoredAtRandomisation()
    {
        var os = TimeToEvent.Derive(Response(Subject(lastAlive: 0))).Single(t => t.ParamCd == "OS");

        Assert.Equal(("Randomization", 1), (os.EventDescription, os.Aval)); // a tie goes to the later source, as admiral's
    }

    [Fact]
    public void Derive_OverallSurvival_DeathEventElseLastAlive()
    {
        var dead = TimeToEvent.Derive(Response(Subject(death: 30, lastAlive: 30))).Single(t => t.ParamCd == "OS");
        var alive = TimeToEvent.Derive(Response(Subject(lastAlive: 300))).Single(t => t.ParamCd == "OS");

        Assert.Equal((0, 31), (dead.Cnsr, dead.Aval));
        Assert.Equal((1, 301, "Alive During Study"), (alive.Cnsr, alive.Aval, alive.CensorDescription));
    }

    [Fact]
    public void Derive_EventBeforeStart_MovedToStart()
        => Assert.Equal((Start, 1), (Pfs(Subject(death: -5)).Adt, Pfs(Subject(death: -5)).Aval));

    [Fact]
    public void Derive_NoReferenceDate_RowsWithoutDuration()
    {
        var subject = new StudySubject("S9") { LastAliveDate = Start };
        var rows = TimeToEvent.Derive(ResponseParameters.Derive(subject, []));

        Assert.Equal([("OS", (int?)null)], rows.Select(r => (r.ParamCd, r.Aval)));
    }

    [Fact]
    public void Derive_Responder_DurationOfResponseFromFirstResponse()
    {
        var rows = TimeToEvent.Derive(Response(Subject(), ("PR", 56), ("PR", 112), ("PD", 168)));
        var rsd = rows.Single(r => r.ParamCd == "RSD");

        Assert.Equal((Start.PlusDays(56), Start.PlusDays(168), 113, 0), (rsd.StartDate, rsd.Adt, rsd.Aval, rsd.Cnsr));
        var ttr = rows.Single(r => r.ParamCd == "TTR");
        Assert.Equal((Start, Start.PlusDays(56), 57, 0, "Response"), (ttr.StartDate!.Value, ttr.Adt, ttr.Aval, ttr.Cnsr, ttr.EventDescription));
    }

    [Fact]
    public void Derive_NonResponder_NoDurationOfResponseNorTimeToResponse()
        => Assert.DoesNotContain(TimeToEvent.Derive(Response(Subject(), ("SD", 56))), r => r.ParamCd is "RSD" or "TTR");

    [Theory]
    [InlineData(112, 0)]
    [InlineData(111, 1)]
    public void Derive_MaximumDaysWithoutAssessment_EventAfterLongerGapCensored(int gap, int cnsr)
    {
        var options = new TimeToEventOptions { MaximumDaysWithoutAssessment = gap };

        var pfs = TimeToEvent.Derive(Response(Subject(), ("SD", 56), ("NE", 112), ("PD", 168)), options).Single(t => t.ParamCd == "PFS");

        Assert.Equal(cnsr, pfs.Cnsr);
        Assert.Equal(cnsr == 1 ? Start.PlusDays(56) : Start.PlusDays(168), pfs.Adt); // NE is not an adequate assessment
    }

    [Theory]
    [InlineData(168, 0)]
    [InlineData(167, 1)]
    public void Derive_NewTherapyBeforeEvent_CensoredAtLastAdequateBeforeIt(int therapyDay, int cnsr)
    {
        var subject = new StudySubject("S1") { ReferenceDate = Start, NewTherapyDate = Start.PlusDays(therapyDay) };
        var options = new TimeToEventOptions { CensorAtNewTherapy = true };

        var pfs = TimeToEvent.Derive(Response(subject, ("SD", 56), ("SD", 112), ("PD", 168)), options).Single(t => t.ParamCd == "PFS");

        Assert.Equal((cnsr, cnsr == 1 ? Start.PlusDays(112) : Start.PlusDays(168)), (pfs.Cnsr, pfs.Adt));
    }

    [Fact]
    public void Derive_NewTherapyBeforeAnyAdequateAssessment_CensoredAtRandomisation()
    {
        var subject = new StudySubject("S1") { ReferenceDate = Start, NewTherapyDate = Start.PlusDays(30) };

        var pfs = TimeToEvent.Derive(Response(subject, ("NE", 28), ("PD", 56)), new TimeToEventOptions { CensorAtNewTherapy = true }).Single(t => t.ParamCd == "PFS");

        Assert.Equal((1, Start, "Randomization", "RANDDT"), (pfs.Cnsr, pfs.Adt, pfs.EventDescription, pfs.SourceVariable));
    }

    [Fact]
    public void Derive_NewTherapyOnAnAssessmentDay_ThatAssessmentCounts()
    {
        var subject = new StudySubject("S1") { ReferenceDate = Start, NewTherapyDate = Start.PlusDays(56) };

        var pfs = TimeToEvent.Derive(Response(subject, ("SD", 56), ("PD", 112)), new TimeToEventOptions { CensorAtNewTherapy = true }).Single(t => t.ParamCd == "PFS");

        Assert.Equal((Start.PlusDays(56), "Last Adequate Assessment before New Anticancer Therapy", "ADRS"), (pfs.Adt, pfs.CensorDescription, pfs.SourceDomain));
    }

    [Fact]
    public void Derive_IRecist_IpfsEndsAtConfirmedUnconfirmedProgressionOrAtConfirmationByOption()
    {
        var response = ResponseParameters.Derive(Subject(), [Call("iSD", 56), Call("iUPD", 112), Call("iCPD", 168)], Criteria.IRecist);

        var atIupd = TimeToEvent.Derive(response).Single(t => t.ParamCd == "IPFS");
        var atIcpd = TimeToEvent.Derive(response, new TimeToEventOptions { ImmuneProgressionDate = ImmuneProgressionDate.Confirmation }).Single(t => t.ParamCd == "IPFS");

        Assert.Equal((Start.PlusDays(112), 0, "Confirmed Immune Progression", "iRECIST Progression Free Survival"), (atIupd.Adt, atIupd.Cnsr, atIupd.EventDescription, atIupd.Param));
        Assert.Equal(Start.PlusDays(168), atIcpd.Adt);
    }

    [Fact]
    public void Derive_IRecistUnconfirmed_NoIpfsEvent()
    {
        var response = ResponseParameters.Derive(Subject(), [Call("iSD", 56), Call("iUPD", 112), Call("iSD", 168)], Criteria.IRecist);

        Assert.Equal(1, TimeToEvent.Derive(response).Single(t => t.ParamCd == "IPFS").Cnsr);
    }

    private static AssessmentCall Call(string code, int day) => new(Start.PlusDays(day), code);

    private static StudySubject Subject(int? death = null, int? lastAlive = null)
        => new("S1") { ReferenceDate = Start, DeathDate = death is { } d ? Start.PlusDays(d) : null, LastAliveDate = lastAlive is { } l ? Start.PlusDays(l) : null };

    private static SubjectResponse Response(StudySubject subject, params (string Code, int Day)[] calls)
        => ResponseParameters.Derive(subject, calls.Select(c => Call(c.Code, c.Day)).ToArray());

    private static AdtteRecord Pfs(StudySubject subject, params (string Code, int Day)[] calls)
        => TimeToEvent.Derive(Response(subject, calls)).Single(t => t.ParamCd == "PFS");
}

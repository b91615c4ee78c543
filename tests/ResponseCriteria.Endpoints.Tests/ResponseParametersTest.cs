using System.Collections.Generic;
using System.Linq;
using NodaTime;
using ResponseCriteria.Recist11;
using ResponseCriteria.Responses;
using Xunit;

namespace ResponseCriteria.Endpoints.Tests;

public sealed partial class ResponseParametersTest
{
    private static readonly LocalDate Start = new(2024, 1, 1);

    private static readonly StudySubject Subject = new("S1") { StudyId = "ST", ReferenceDate = Start };

    [Theory]
    [InlineData(41, "NE")]
    [InlineData(42, "SD")]
    public void Derive_StableDiseaseAroundMinimum_CountsFromDay42(int day, string bor)
    {
        var r = Derive(("SD", day));

        Assert.Equal((bor, bor), (r.BestCode, r.ConfirmedCode));
        Assert.Equal(Start.PlusDays(day), r.BestDate); // an NE best response is dated to the first call (admiralonco bor_ne)
    }

    [Theory]
    [InlineData(41, null)]
    [InlineData(42, 42)]
    public void Derive_ClinicalBenefitAroundMinimum_YesFromDay42(int day, int? benefitDay)
    {
        var r = Derive(("SD", day));

        Assert.Equal(benefitDay is { } d ? Start.PlusDays(d) : null, r.ClinicalBenefitDate);
        Assert.Equal(Flag(r, "CB"), benefitDay is null ? "N" : "Y");
    }

    [Theory]
    [InlineData(167, "N")]
    [InlineData(168, "Y")]
    public void Derive_ClinicalBenefitOption24Weeks_YesFromDay168(int day, string cb)
        => Assert.Equal(cb, Flag(Derive([("SD", day)], new AdrsOptions { ClinicalBenefitDays = 168 }), "CB"));

    [Theory]
    [InlineData(27, "SD", "N")]
    [InlineData(28, "PR", "Y")]
    public void Derive_ResponseConfirmedAroundInterval_ConfirmedFrom28Days(int gap, string cbor, string crsp)
    {
        var r = Derive(("PR", 56), ("PR", 56 + gap));

        Assert.Equal(("PR", cbor, crsp, "Y"), (r.BestCode, r.ConfirmedCode, Flag(r, "CRSP"), Flag(r, "RSP")));
    }

    [Theory]
    [InlineData(1, "PR")]
    [InlineData(2, "SD")]
    public void Derive_NotEvaluableBetweenResponses_OneTolerated(int notEvaluable, string cbor)
    {
        var calls = new List<(string, int)> { ("PR", 56) };
        calls.AddRange(Enumerable.Range(1, notEvaluable).Select(i => ("NE", 56 + (i * 14))));
        calls.Add(("PR", 140));

        Assert.Equal(cbor, Derive(calls.ToArray()).ConfirmedCode);
    }

    [Fact]
    public void Derive_PartialConfirmedThenCompleteConfirmed_ConfirmedResponseDatedToThePartial()
    {
        var r = Derive(("PR", 56), ("PR", 112), ("CR", 168), ("CR", 224));

        Assert.Equal(("CR", Start.PlusDays(168)), (r.ConfirmedCode, r.ConfirmedDate));
        Assert.Equal(Start.PlusDays(56), r.ConfirmedResponseDate);
        Assert.Equal(Start.PlusDays(56), r.ResponseDate);
    }

    [Theory]
    [InlineData(-1, "")]
    [InlineData(0, "Y")]
    public void Derive_CallAroundReferenceDate_DroppedOnlyBefore(int day, string anl01)
    {
        var r = Derive(("PR", day));

        Assert.Equal(anl01, r.Records.Single(x => x.ParamCd == "OVR").Anl01Fl);
        Assert.Equal(anl01 == "Y" ? "PR" : "MISSING", r.BestCode);
    }

    [Theory]
    [InlineData("PR", "PD", "PD")]
    [InlineData("NE", "CR", "CR")]
    [InlineData("SD", "NON-CR/NON-PD", "NON-CR/NON-PD")]
    public void Derive_TwoCallsOneDate_WorstKept(string first, string second, string kept)
    {
        var r = Derive((first, 60), (second, 60));

        Assert.Equal([kept], r.Analysed.Select(c => c.Code));
        Assert.Contains(r.Records, x => x.ParamCd == "OVR" && x.Anl01Fl.Length == 0 && x.Explanation.Contains("worse", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Derive_TwoCallsOneDateWithoutWorstOption_BothKept()
        => Assert.Equal(2, Derive([("PR", 60), ("PD", 60)], new AdrsOptions { WorstPerDate = false }).Analysed.Count);

    [Fact]
    public void Derive_CodeNotAResponse_DroppedAndExplained()
    {
        var r = Derive(("CHECK", 60), ("SD", 120));

        Assert.Equal(["SD"], r.Analysed.Select(c => c.Code));
        Assert.Contains(r.Records, x => x.ParamCd == "OVR" && x.Avalc == "CHECK" && x.Aval is null && x.Explanation.Contains("'CHECK' is not a response code", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Derive_NoCalls_BestResponseMissing()
    {
        var r = Derive();

        Assert.Equal(("MISSING", (LocalDate?)null, 7m), (r.BestCode, r.BestDate, r.Records.Single(x => x.ParamCd == "BOR").Aval));
        Assert.Equal(("MISSING", "N", "N", ""), (r.ConfirmedCode, Flag(r, "RSP"), Flag(r, "PD"), Flag(r, "LSTA")));
    }

    [Fact]
    public void Derive_NoCallsWithoutMissingOption_BestResponseNotEvaluable()
        => Assert.Equal("NE", Derive([], new AdrsOptions { MissingWithoutAssessment = false }).BestCode);

    [Fact]
    public void Derive_CallsAfterProgression_LastAssessmentIncludesThemBestResponseDoesNot()
    {
        var r = Derive(("SD", 56), ("PD", 112), ("PR", 168));

        Assert.Equal(("SD", "PR", Start.PlusDays(112)), (r.BestCode, Flag(r, "LSTA"), r.ProgressionDate));
        Assert.Equal(["Y", "Y", ""], r.Records.Where(x => x.ParamCd == "OVR").Select(x => x.Anl02Fl));
        Assert.Equal("N", Flag(r, "RSP"));
    }

    [Fact]
    public void Derive_IRecistConfirmedProgression_DatedToTheUnconfirmed()
    {
        var r = ResponseParameters.Derive(Subject, [Call("iSD", 56), Call("iUPD", 112), Call("iCPD", 168)], Criteria.IRecist);

        Assert.Equal((Start.PlusDays(112), "iSD"), (r.ProgressionDate, r.BestCode)); // iSD at day 56 is the best response
        Assert.Equal(("iRECIST", 9m), (r.Records.Single(x => x.ParamCd == "PD").ParCat3, r.Records.First(x => x.ParamCd == "OVR" && x.Avalc == "iUPD").Aval));
    }

    [Fact]
    public void Derive_Records_NumberedByParameterThenDate()
    {
        var r = Derive(("SD", 56), ("PD", 112));

        Assert.Equal(Enumerable.Range(1, r.Records.Count), r.Records.OrderBy(x => x.ParamCd, System.StringComparer.Ordinal).ThenBy(x => x.Adt is null).ThenBy(x => x.Adt).Select(x => x.Aseq));
        Assert.Equal(["BCP", "BOR", "CB", "CBCP", "CBOR", "CCB", "CRSP", "DEATH", "LSTA", "MDIS", "OVR", "OVR", "PD", "RSP"], r.Records.OrderBy(x => x.Aseq).Select(x => x.ParamCd));
    }

    [Theory]
    [InlineData("CR", 1)]
    [InlineData("iPR", 2)]
    [InlineData("SD", 3)]
    [InlineData("NON-CR/NON-PD", 4)]
    [InlineData("PD", 5)]
    [InlineData("iCPD", 5)]
    [InlineData("NE", 6)]
    [InlineData("MISSING", 7)]
    [InlineData("NED", 8)]
    [InlineData("iUPD", 9)]
    [InlineData("CHECK", null)]
    public void ResponseValue_Code_AdmiraloncoNumbering(string code, int? value)
        => Assert.Equal(value, (int?)ResponseParameters.ResponseValue(code));

    [Fact]
    public void Derive_MeasurableDiseaseUnknown_MdisNo()
        => Assert.Equal("N", Flag(Derive(("SD", 56)), "MDIS"));

    [Fact]
    public void Derive_OptionsChangeConfirmation_FollowTheOptions()
    {
        var options = new AdrsOptions { Confirmation = new Recist11Options { MinimumConfirmationDays = 56 } };

        Assert.Equal("SD", Derive([("PR", 56), ("PR", 84)], options).ConfirmedCode);
    }

    internal static AssessmentCall Call(string code, int day) => new(Start.PlusDays(day), code);

    private static SubjectResponse Derive(params (string Code, int Day)[] calls) => Derive(calls, null);

    private static SubjectResponse Derive((string Code, int Day)[] calls, AdrsOptions? options)
        => ResponseParameters.Derive(Subject, calls.Select((c, i) => new AssessmentCall(Start.PlusDays(c.Day), c.Code, string.Empty, i)).ToArray(), Criteria.Recist11, null, options);

    private static string Flag(SubjectResponse r, string paramcd) => r.Records.Single(x => x.ParamCd == paramcd).Avalc;
}

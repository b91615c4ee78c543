using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using ResponseCriteria.Responses;
using ResponseCriteria.Sdtm;

namespace ResponseCriteria.Endpoints.Tests;

/// <summary>Laws of the response parameters and time to event on random call sequences (any codes, any dates, before the start too).</summary>
public sealed partial class ResponseParametersTest
{
    private static readonly string[] Codes = ["CR", "PR", "SD", "NON-CR/NON-PD", "PD", "NE", "NED", "CHECK"];

    private static Arbitrary<(string Code, int Day)[]> RandomCalls()
        => Gen.Zip(Gen.Elements(Codes), Gen.Choose(-30, 400)).ArrayOf().ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Derive_AnyCalls_ConfirmationNeverImprovesBestResponse()
        => Prop.ForAll(RandomCalls(), calls =>
        {
            var r = Derive(calls);
            return r.BestCode == "MISSING" ? r.ConfirmedCode == "MISSING" : Rank(r.ConfirmedCode) <= Rank(r.BestCode);
        });

    [Property(MaxTest = 500)]
    public Property Derive_AnyCalls_ConfirmedFlagsImplyUnconfirmedOnesNoLater()
        => Prop.ForAll(RandomCalls(), calls =>
        {
            var r = Derive(calls);
            return (r.ConfirmedResponseDate is null || r.ResponseDate <= r.ConfirmedResponseDate)
                && (r.ConfirmedClinicalBenefitDate is null || r.ClinicalBenefitDate <= r.ConfirmedClinicalBenefitDate)
                && (!r.IsConfirmedResponder || r.IsResponder);
        });

    [Property(MaxTest = 300)]
    public Property Derive_CallsInAnyOrder_SameRecords()
        => Prop.ForAll(RandomCalls(), Gen.Choose(0, 1000).ToArbitrary(), (calls, seed) =>
        {
            var numbered = calls.Select((c, i) => new AssessmentCall(Start.PlusDays(c.Day), c.Code, string.Empty, i)).ToArray();
            var shuffled = (AssessmentCall[])numbered.Clone();
            new Random(seed).Shuffle(shuffled);
            string Text(SubjectResponse r) => string.Join("\n", r.Records.Select(x => $"{x.Aseq} {x.ParamCd} {x.Avalc} {x.Adt} {x.Anl01Fl} {x.Anl02Fl} {x.Explanation}"));
            return Text(ResponseParameters.Derive(Subject, numbered)) == Text(ResponseParameters.Derive(Subject, shuffled));
        });

    [Property(MaxTest = 500)]
    public Property Derive_AnyCallsAndDates_TimeToEventNeverBeforeStart()
        => Prop.ForAll(RandomCalls(), Gen.Choose(-30, 500).ToArbitrary(), Gen.Choose(-30, 500).ToArbitrary(), (calls, death, alive) =>
        {
            var subject = new StudySubject("S1") { ReferenceDate = Start, DeathDate = death > 300 ? null : Start.PlusDays(death), LastAliveDate = Start.PlusDays(alive) };
            var response = ResponseParameters.Derive(subject, calls.Select(c => new AssessmentCall(Start.PlusDays(c.Day), c.Code)).ToArray());
            var rows = TimeToEvent.Derive(response, new TimeToEventOptions { MaximumDaysWithoutAssessment = 120 });
            return rows.All(t => t.Adt >= t.StartDate && t.Aval >= 1 && (t.Cnsr == 0) == (t.CensorDescription.Length == 0))
                && rows.Count(t => t.ParamCd == "PFS") == 1 && rows.Count(t => t.ParamCd == "OS") == 1;
        });

    private static int Rank(string code) => RecordedResponses.TryParseCode(code, out var response, out _) ? ResponseCodes.Rank(response) : -1;
}

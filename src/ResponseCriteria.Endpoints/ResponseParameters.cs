using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using NodaTime;
using ResponseCriteria.Confirmation;
using ResponseCriteria.Responses;
using ResponseCriteria.Results;
using ResponseCriteria.Sdtm;

namespace ResponseCriteria.Endpoints;

/// <summary>
/// ADaM ADRS response parameters of one subject from its overall responses, following admiralonco's ADRS template by
/// default (<see cref="AdrsOptions"/>): OVR, BOR, CBOR, RSP, CRSP, CB, CCB, BCP, CBCP, PD, DEATH, LSTA, MDIS. Best response,
/// confirmation, the first response and the progression date are the core's (<see cref="BestResponse"/>): one rule behind
/// every path.
/// </summary>
public static class ResponseParameters
{
    /// <summary>Derives the parameters.</summary>
    /// <param name="subject">The subject (reference date, death).</param>
    /// <param name="calls">The subject's overall responses in any order (recorded or derived).</param>
    /// <param name="criteria">The criteria of the calls.</param>
    /// <param name="measurableDisease">Whether target lesions were recorded at baseline (MDIS), or null when unknown (MDIS N).</param>
    /// <param name="options">The options; null for the template's defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> or <paramref name="calls"/> is null.</exception>
    public static SubjectResponse Derive(StudySubject subject, IReadOnlyList<AssessmentCall> calls, Criteria criteria = Criteria.Recist11, bool? measurableDisease = null, AdrsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(calls);
        options ??= AdrsOptions.Default;
        var ordered = calls.Select((c, i) => (Call: c, Index: i)).OrderBy(c => c.Call.Date).ThenBy(c => c.Call.Sequence).ThenBy(c => c.Index).Select(c => c.Call).ToArray();
        var kept = Analysed(subject, ordered, options);
        var analysed = ordered.Where((_, i) => kept[i]).ToArray();
        var responses = Array.ConvertAll(analysed, c => new ResponseCall(c.Date, c.Response!.Value));

        // The SD minimum counts from the reference date; a subject without one (never randomised) from its first assessment.
        var reference = subject.ReferenceDate ?? (analysed.Length > 0 ? analysed[0].Date : default);
        var nonTargetOnly = measurableDisease == false || (measurableDisease is null && Array.Exists(responses, r => r.Response == Response.NonCompleteNonProgression));
        var confirmation = options.Confirmation;
        var best = BestResponse.Derive(reference, responses, false, confirmation, criteria, nonTargetOnly);
        var confirmed = BestResponse.Derive(reference, responses, true, confirmation, criteria, nonTargetOnly);
        var missing = analysed.Length == 0 && options.MissingWithoutAssessment;
        var responseDate = BestResponse.FirstResponseDate(responses);
        var confirmedResponseDate = BestResponse.FirstConfirmedResponseDate(responses, confirmation);
        var controlDate = FirstDiseaseControl(responses, reference, options.ClinicalBenefitDays);
        var result = new SubjectResponse(subject, criteria, analysed, best, confirmed)
        {
            BestCode = missing ? Missing : RecordedResponses.ToCode(best.Response, criteria),
            BestDate = missing ? null : DateOf(best, responses),
            ConfirmedCode = missing ? Missing : RecordedResponses.ToCode(confirmed.Response, criteria),
            ConfirmedDate = missing ? null : DateOf(confirmed, responses),
            ResponseDate = responseDate,
            ConfirmedResponseDate = confirmedResponseDate,
            ClinicalBenefitDate = Earliest(responseDate, controlDate),
            ConfirmedClinicalBenefitDate = Earliest(confirmedResponseDate, controlDate),
            ProgressionDate = BestResponse.ProgressionDate(responses),
            LastAssessment = analysed.Length > 0 ? analysed[^1] : null,
            MeasurableDisease = measurableDisease,
        };
        // The records are built from these when asked for (a study keeps its subjects' figures, not 20 records each).
        result.Source = (ordered, kept, options);
        return result;
    }

    /// <summary>The AVAL of a response code (admiralonco <c>aval_resp</c>, extended to NED and iRECIST), or null.</summary>
    /// <param name="code">The code (AVALC).</param>
    public static decimal? ResponseValue(string code)
    {
        if (code == Missing)
        {
            return 7;
        }

        return RecordedResponses.TryParseCode(code, out var response, out _) ? response switch
        {
            Response.CompleteResponse => 1,
            Response.PartialResponse => 2,
            Response.StableDisease => 3,
            Response.NonCompleteNonProgression => 4,
            Response.ProgressiveDisease or Response.ConfirmedProgression => 5,
            Response.NoEvidenceOfDisease => 8,
            Response.UnconfirmedProgression => 9,
            _ => 6,
        } : null;
    }

    private const string Missing = "MISSING";

    /// <summary>
    /// The calls that count (ANL01FL): a response code, on or after the reference date, the worst of its date (admiralonco's
    /// order NE, CR, PR, SD, NON-CR/NON-PD, PD from best to worst; the later record on a tie).
    /// </summary>
    private static bool[] Analysed(StudySubject subject, AssessmentCall[] ordered, AdrsOptions options)
    {
        // The calls are in date order, so a call of the same date as a kept one follows it: only the last kept can be replaced.
        var kept = new bool[ordered.Length];
        var last = -1;
        for (var i = 0; i < ordered.Length; i++)
        {
            var call = ordered[i];
            if (call.Response is null || (options.DropBeforeReference && subject.ReferenceDate is { } start && call.Date < start))
            {
                continue;
            }

            if (options.WorstPerDate && last >= 0 && ordered[last].Date == call.Date)
            {
                if (Worst(call.Response.Value) < Worst(ordered[last].Response!.Value))
                {
                    continue;
                }

                kept[last] = false;
            }

            kept[i] = true;
            last = i;
        }

        return kept;
    }

    /// <summary>How bad a call is: NE 0, then CR, PR, SD, Non-CR/Non-PD, NED, iUPD, PD/iCPD (the reverse of best-response rank).</summary>
    private static int Worst(Response response) => response == Response.NotEvaluable ? 0 : 8 - ResponseCodes.Rank(response);

    /// <summary>
    /// ADT of a best response: its date; for NE (nothing qualified), the first call (admiralonco <c>bor_ne</c>: the first CR,
    /// PR, SD, NON-CR/NON-PD or NE).
    /// </summary>
    private static LocalDate? DateOf(BestResponseResult best, ResponseCall[] calls)
        => best.Date ?? (best.Response == Response.NotEvaluable && calls.Length > 0 && !ResponseCodes.IsProgression(calls[0].Response) ? calls[0].Date : null);

    /// <summary>
    /// The first CR, PR, SD, Non-CR/Non-PD or NED at least <paramref name="days"/> after the reference date, before any PD
    /// (admiralonco <c>cb_y</c>), or null.
    /// </summary>
    private static LocalDate? FirstDiseaseControl(ResponseCall[] calls, LocalDate reference, int days)
    {
        foreach (var call in calls)
        {
            if (call.Response is Response.ProgressiveDisease or Response.ConfirmedProgression)
            {
                return null;
            }

            if (call.Response is Response.CompleteResponse or Response.PartialResponse or Response.StableDisease or Response.NonCompleteNonProgression or Response.NoEvidenceOfDisease
                && Period.DaysBetween(reference, call.Date) >= days)
            {
                return call.Date;
            }
        }

        return null;
    }

    private static LocalDate? Earliest(LocalDate? a, LocalDate? b) => a is null ? b : b is null || a.Value <= b.Value ? a : b;

    /// <summary>The ADRS records of a subject's parameters: OVR first (in date order), then one per parameter.</summary>
    internal static AdrsRecord[] Records(SubjectResponse r, AssessmentCall[] ordered, bool[] kept, AdrsOptions options)
    {
        var s = r.Subject;
        var t = TextsOf.GetValue(options, o => new Texts(o));
        var by = options.Evaluator;
        var criteria = ResponseCodes.CriteriaName(r.Criteria);
        var records = new List<AdrsRecord>(ordered.Length + 13);
        AdrsRecord Tumour(string paramcd, string param, string avalc, decimal? aval, LocalDate? adt, string why)
            => new(s, paramcd, param, "Tumor Response", by, criteria, avalc, aval, adt, why);
        AdrsRecord Flag(string paramcd, string param, LocalDate? yes, string yesWhy, string noWhy)
            => Tumour(paramcd, param, yes is null ? "N" : "Y", yes is null ? 0 : 1, yes, yes is null ? noWhy : yesWhy);
        AdrsRecord Best(string paramcd, string param, string code, LocalDate? adt, BestResponseResult best)
            => r.Analysed.Count == 0 ? Tumour(paramcd, param, code, ResponseValue(code), adt, "no assessment on or after the reference date")
                : new(s, paramcd, param, "Tumor Response", by, criteria, code, ResponseValue(code), adt, best);

        var final = false;
        for (var i = 0; i < ordered.Length; i++)
        {
            var call = ordered[i];
            var counts = kept[i];
            var why = call.Response is null ? $"'{call.Code}' is not a response code: not analysed"
                : !counts && s.ReferenceDate is { } start && call.Date < start ? $"before the reference date {Date(start)}: not analysed"
                : !counts ? "another call of the same date is worse: not analysed"
                : final ? "after the first progression: not used for best response" : "analysed";
            records.Add(new AdrsRecord(s, "OVR", t.Ovr, "Tumor Response", by, criteria, call.Code, ResponseValue(call.Code), call.Date, why)
            {
                Visit = call.Visit,
                Anl01Fl = counts ? "Y" : string.Empty,
                Anl02Fl = counts && !final ? "Y" : string.Empty,
            });
            final |= counts && call.Response is Response.ProgressiveDisease or Response.ConfirmedProgression;
        }

        records.Add(Best("BOR", t.Bor, r.BestCode, r.BestDate, r.Best));
        records.Add(Best("CBOR", t.Cbor, r.ConfirmedCode, r.ConfirmedDate, r.Confirmed));
        records.Add(Flag("RSP", t.Rsp, r.ResponseDate, "first CR or PR", "no CR or PR before progression"));
        records.Add(Flag("CRSP", t.Crsp, r.ConfirmedResponseDate, t.CrspYes, "no confirmed CR or PR"));
        records.Add(Flag("CB", t.Cb, r.ClinicalBenefitDate, t.CbYes, t.CbNo));
        records.Add(Flag("CCB", t.Ccb, r.ConfirmedClinicalBenefitDate, t.CcbYes, t.CcbNo));
        records.Add(Flag("BCP", t.Bcp, r.IsResponder ? r.BestDate : null, "BOR is CR or PR", "BOR is not CR or PR"));
        records.Add(Flag("CBCP", t.Cbcp, r.IsConfirmedResponder ? r.ConfirmedDate : null, "confirmed BOR is CR or PR", "confirmed BOR is not CR or PR"));
        records.Add(Flag("PD", t.Pd, r.ProgressionDate, r.Criteria == Criteria.IRecist ? "first iUPD confirmed as iCPD" : "first PD", "no progression"));
        records.Add(new AdrsRecord(s, "DEATH", "Death", "Reference Event", string.Empty, string.Empty, s.DeathDate is null ? "N" : "Y", s.DeathDate is null ? 0 : 1, s.DeathDate, s.DeathDate is null ? "no death date" : "date of death"));
        var last = r.LastAssessment;
        records.Add(Tumour("LSTA", t.Lsta, last?.Code ?? string.Empty, last is null ? null : ResponseValue(last.Code), last?.Date, last is null ? "no assessment" : "last analysed assessment (after a progression too)"));
        records.Add(new AdrsRecord(s, "MDIS", t.Mdis, string.Empty, by, criteria, r.MeasurableDisease == true ? "Y" : "N", r.MeasurableDisease == true ? 1 : 0, null,
            r.MeasurableDisease switch { true => "target lesions at baseline", false => "no target lesion at baseline", _ => "no baseline lesions known" }));
        Number(records);
        return records.ToArray();
    }

    /// <summary>The PARAM and explanation texts of one set of options, made once and shared by every subject's records.</summary>
    private static readonly ConditionalWeakTable<AdrsOptions, Texts> TextsOf = new();

    private sealed class Texts
    {
        internal Texts(AdrsOptions options)
        {
            var by = options.Evaluator;
            var control = $"CR, PR, SD or NON-CR/NON-PD at least {options.ClinicalBenefitDays} days after the reference date";
            Ovr = $"Overall Response by {by}";
            Bor = $"Best Overall Response by {by} (confirmation not required)";
            Cbor = $"Best Confirmed Overall Response by {by}";
            Rsp = $"Response by {by} (confirmation not required)";
            Crsp = $"Confirmed Response by {by}";
            CrspYes = $"first CR or PR confirmed {options.Confirmation.MinimumConfirmationDays} or more days later";
            Cb = $"Clinical Benefit by {by} (confirmation for response not required)";
            CbYes = $"first CR or PR, or {control}";
            CbNo = $"no CR or PR, and no {control}";
            Ccb = $"Confirmed Clinical Benefit by {by}";
            CcbYes = $"first confirmed CR or PR, or {control}";
            CcbNo = $"no confirmed CR or PR, and no {control}";
            Bcp = $"Best Overall Response of CR/PR by {by} (confirmation not required)";
            Cbcp = $"Best Confirmed Overall Response of CR/PR by {by}";
            Pd = $"Disease Progression by {by}";
            Lsta = $"Last Disease Assessment by {by}";
            Mdis = $"Measurable Disease at Baseline by {by}";
        }

        internal string Ovr { get; }

        internal string Bor { get; }

        internal string Cbor { get; }

        internal string Rsp { get; }

        internal string Crsp { get; }

        internal string CrspYes { get; }

        internal string Cb { get; }

        internal string CbYes { get; }

        internal string CbNo { get; }

        internal string Ccb { get; }

        internal string CcbYes { get; }

        internal string CcbNo { get; }

        internal string Bcp { get; }

        internal string Cbcp { get; }

        internal string Pd { get; }

        internal string Lsta { get; }

        internal string Mdis { get; }
    }

    /// <summary>ASEQ: by PARAMCD, then ADT (missing last), then record order (admiral <c>derive_var_obs_number</c> of the template).</summary>
    private static void Number(List<AdrsRecord> records)
    {
        var order = new int[records.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // A stable order (the index breaks ties), so Array.Sort's unstable sort gives the same numbers every time.
        Array.Sort(order, (a, b) =>
        {
            var x = records[a];
            var y = records[b];
            var c = string.CompareOrdinal(x.ParamCd, y.ParamCd);
            if (c == 0)
            {
                c = (x.Adt is null).CompareTo(y.Adt is null);
            }

            if (c == 0 && x.Adt is { } dx && y.Adt is { } dy)
            {
                c = dx.CompareTo(dy);
            }

            return c != 0 ? c : a.CompareTo(b);
        });
        for (var n = 0; n < order.Length; n++)
        {
            records[order[n]].Aseq = n + 1;
        }
    }

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using NodaTime;
using ResponseCriteria.Diagnostics;
using ResponseCriteria.Recist11;
using ResponseCriteria.Responses;
using ResponseCriteria.Results;

// Stryker disable Linq : no LINQ is used here; the Linq mutator turns List.Count and properties named Sum or Any into calls that do not compile.
namespace ResponseCriteria.Confirmation;

/// <summary>
/// Best overall response from a sequence of time-point calls ([E09] §1.9, Table 3; criteria Q1–Q3), with or
/// without confirmation. Works on any calls: derived by an evaluator or recorded in a trial database.
/// </summary>
public static class BestResponse
{
    /// <summary>Derives the best overall response.</summary>
    /// <param name="baselineDate">The baseline (or reference start) date for the SD minimum.</param>
    /// <param name="calls">The time-point calls in date order. Calls after the first PD or iCPD are ignored.</param>
    /// <param name="confirmation">Whether CR and PR need confirmation.</param>
    /// <param name="options">The confirmation interval, NE tolerance, SD acceptance and SD minimum; null for the defaults.</param>
    /// <param name="criteria">The criteria the calls are in (for the explanation's codes).</param>
    /// <param name="nonTargetDiseaseOnly">
    /// Whether the patient had non-target disease only at baseline: an unconfirmed CR (or any SD fallback) is then Non-CR/Non-PD,
    /// never SD ([E09]; criteria Q15). Default false.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="calls"/> is null.</exception>
    public static BestResponseResult Derive(LocalDate baselineDate, IReadOnlyList<ResponseCall> calls, bool confirmation, Recist11Options? options = null, Criteria criteria = Criteria.Recist11, bool nonTargetDiseaseOnly = false)
        => Derive(baselineDate, AsArray(Preconditions.CheckNotNull(calls, nameof(calls))), confirmation, options ?? Recist11Options.Default, criteria, nonTargetDiseaseOnly, null);

    /// <summary>The calls as an array (the rules read them as a span: no interface call per element).</summary>
    private static ResponseCall[] AsArray(IReadOnlyList<ResponseCall> calls)
    {
        if (calls is ResponseCall[] array)
        {
            return array;
        }

        var copy = new ResponseCall[calls.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = calls[i];
        }

        return copy;
    }

    /// <summary>
    /// The calls best overall response is derived from, one per time point, into <paramref name="calls"/> (as long as
    /// <paramref name="timePoints"/>; the evaluators pass stack memory, as the calls are not kept): a "continued PR"
    /// (<see cref="TargetRule.ContinuedResponse"/>) is read literally as SD, so it never confirms a PR and best response is
    /// the same with or without that option (criteria Q1).
    /// </summary>
    internal static void CallsOf(LocalDate baselineDate, TimePointResult[] timePoints, Span<ResponseCall> calls)
    {
        var baseline = DayNumbers.Of(baselineDate);
        for (var i = 0; i < timePoints.Length; i++)
        {
            var tp = timePoints[i];
            var literal = tp.Response == Response.PartialResponse && tp.Target.Rule == TargetRule.ContinuedResponse ? Response.StableDisease : tp.Response;
            calls[i] = new ResponseCall(tp.Date, baseline + tp.DaysFromBaseline, literal);
        }
    }

    /// <summary>The most time points whose calls an evaluator keeps on the stack (a longer series takes an array).</summary>
    internal const int CallsOnStack = 64;

    /// <summary>
    /// The progression event date of a sequence of calls: the first PD, or for iRECIST the first iUPD of the run an iCPD confirms
    /// (NE calls keep the run open; any other call ends it), as the evaluators report it. Null when nothing progressed.
    /// </summary>
    /// <param name="calls">The time-point calls in date order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calls"/> is null.</exception>
    public static LocalDate? ProgressionDate(IReadOnlyList<ResponseCall> calls)
    {
        Preconditions.CheckNotNull(calls, nameof(calls));
        LocalDate? pending = null;
        for (var i = 0; i < calls.Count; i++)
        {
            var call = calls[i];
            if (call.Response == Response.ProgressiveDisease)
            {
                return call.Date;
            }

            if (call.Response == Response.ConfirmedProgression)
            {
                return pending ?? call.Date;
            }

            if (call.Response == Response.UnconfirmedProgression)
            {
                pending ??= call.Date;
            }
            else if (call.Response != Response.NotEvaluable)
            {
                pending = null;
            }
        }

        return null;
    }

    /// <summary>The date of the first CR or PR before any PD or iCPD (the start of a response, unconfirmed), or null.</summary>
    /// <param name="calls">The time-point calls in date order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calls"/> is null.</exception>
    public static LocalDate? FirstResponseDate(IReadOnlyList<ResponseCall> calls)
    {
        Preconditions.CheckNotNull(calls, nameof(calls));
        for (var i = 0; i < calls.Count && !IsFinal(calls[i].Response); i++)
        {
            if (calls[i].Response == Response.CompleteResponse || calls[i].Response == Response.PartialResponse)
            {
                return calls[i].Date;
            }
        }

        return null;
    }

    /// <summary>
    /// The date of the first confirmed response: the earliest CR or PR, before any PD or iCPD, that a later call confirms under
    /// the same rule as confirmed best response (minimum interval, NEs and SD allowed in between). Null when no response is
    /// confirmed. This is the start of a confirmed response (time to response, admiralonco CRSP), which can be earlier than
    /// the date of a confirmed best response of CR.
    /// </summary>
    /// <param name="calls">The time-point calls in date order.</param>
    /// <param name="options">The confirmation interval and NE/SD tolerance; null for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calls"/> is null.</exception>
    public static LocalDate? FirstConfirmedResponseDate(IReadOnlyList<ResponseCall> calls, Recist11Options? options = null)
    {
        var span = AsArray(Preconditions.CheckNotNull(calls, nameof(calls)));
        options ??= Recist11Options.Default;
        var count = CountUntilFinal(span, out var completeCalls);
        var complete = FindConfirmedComplete(span, count, completeCalls, options, Criteria.Recist11, null)?.Date;
        var partial = FindConfirmed(span, count, Response.PartialResponse, options, Criteria.Recist11, null)?.Date;
        return complete is { } c && (partial is null || c < partial.Value) ? c : partial;
    }

    internal static BestResponseResult Derive(LocalDate baselineDate, ReadOnlySpan<ResponseCall> calls, bool confirmation, Recist11Options options, Criteria criteria, bool nonTargetDiseaseOnly, List<Diagnostic>? diagnostics)
    {
        var stable = nonTargetDiseaseOnly ? Response.NonCompleteNonProgression : Response.StableDisease;
        var count = CountUntilFinal(calls, out var completeCalls);
        if (confirmation)
        {
            var confirmed = FindConfirmedComplete(calls, count, completeCalls, options, criteria, diagnostics)
                            ?? FindConfirmed(calls, count, Response.PartialResponse, options, criteria, diagnostics);
            if (confirmed != null)
            {
                return confirmed;
            }
        }

        // An iUPD counts as best response only when it was never confirmed ([S17] Table 3: iUPD then iCPD is iCPD).
        var endsConfirmed = count > 0 && calls[count - 1].Response == Response.ConfirmedProgression;
        var start = int.MinValue; // the day number of baselineDate, counted when a call needs the SD minimum
        var best = -1;
        var bestRank = 0;
        for (var i = 0; i < count; i++)
        {
            var call = calls[i];
            var response = AsUnconfirmedIf(confirmation, call.Response, stable);
            var rank = ResponseCodes.Rank(response);
            if (rank <= bestRank || (endsConfirmed && response == Response.UnconfirmedProgression))
            {
                continue;
            }

            if (!(IsStable(response) ? call.Day - StartDay(ref start, baselineDate) >= options.MinimumStableDiseaseDays : CountsAtOnce(response)))
            {
                continue;
            }

            best = i;
            bestRank = rank;
        }

        if (best >= 0)
        {
            var call = calls[best];
            var response = AsUnconfirmedIf(confirmation, call.Response, stable);
            var why = new BestResponseResult.Why(
                !IsStable(response) ? BestResponseResult.Reason.FirstOn : response != call.Response ? BestResponseResult.Reason.NotConfirmed : BestResponseResult.Reason.StableFirstOn,
                call.Response,
                call.Day - StartDay(ref start, baselineDate),
                Confirmation: confirmation);
            return new BestResponseResult(response, call.Date, null, why, options, criteria);
        }

        return Fallback(baselineDate, calls, count, options, criteria);
    }

    /// <summary>The number of calls that count (up to and including the first PD or iCPD), and how many of them are CR.</summary>
    private static int CountUntilFinal(ReadOnlySpan<ResponseCall> calls, out int complete)
    {
        complete = 0;
        for (var i = 0; i < calls.Length; i++)
        {
            var response = calls[i].Response;
            if (IsFinal(response))
            {
                return i + 1;
            }

            complete += response == Response.CompleteResponse ? 1 : 0;
        }

        return calls.Length;
    }

    /// <summary>Whether a call counts as best response whenever it is seen: CR, PR and (unconfirmed) iUPD. SD, Non-CR/Non-PD and NED count only after the SD minimum.</summary>
    private static bool CountsAtOnce(Response response)
        => response == Response.CompleteResponse || response == Response.PartialResponse || response == Response.UnconfirmedProgression;

    /// <summary>The day number of the date the SD minimum counts from, counted the first time a call needs it (<paramref name="start"/> is <see cref="int.MinValue"/> until then).</summary>
    private static int StartDay(ref int start, LocalDate date)
        => start != int.MinValue ? start : start = DayNumbers.Of(date);

    /// <summary>SD, Non-CR/Non-PD or NED: calls that need the SD minimum.</summary>
    private static bool IsStable(Response response)
        => response == Response.StableDisease || response == Response.NonCompleteNonProgression || response == Response.NoEvidenceOfDisease;

    /// <summary>PD or iCPD: nothing after the first counts.</summary>
    private static bool IsFinal(Response response) => response == Response.ProgressiveDisease || response == Response.ConfirmedProgression;

    /// <summary>
    /// With confirmation, an unconfirmed CR or PR counts as SD ([E09] Table 3), or as Non-CR/Non-PD for non-target-only disease
    /// (<paramref name="stable"/>; criteria Q15), and so does an SD call of non-target-only disease.
    /// </summary>
    private static Response AsUnconfirmedIf(bool confirmation, Response response, Response stable)
        => response == Response.StableDisease || (confirmation && AtLeast(response, Response.PartialResponse)) ? stable : response;

    /// <summary>
    /// Nothing qualifies: the first progression, where disease seen again after a CR counts as progression ([E09] Table 3:
    /// CR then SD or PR too early for the SD minimum is PD), else NE.
    /// </summary>
    private static BestResponseResult Fallback(LocalDate baselineDate, ReadOnlySpan<ResponseCall> calls, int count, Recist11Options options, Criteria criteria)
    {
        var afterCr = false;
        for (var i = 0; i < count; i++)
        {
            var r = calls[i].Response;
            var date = calls[i].Date;
            if (afterCr && (r == Response.PartialResponse || r == Response.StableDisease || r == Response.NonCompleteNonProgression))
            {
                return new BestResponseResult(Response.ProgressiveDisease, date, null, new(BestResponseResult.Reason.DiseaseAfterComplete, r, 0), options, criteria);
            }

            afterCr |= calls[i].Response == Response.CompleteResponse;
            if (IsFinal(r))
            {
                return new BestResponseResult(r, date, null, new(BestResponseResult.Reason.Final, r, calls[i].Day - DayNumbers.Of(baselineDate), First: i == 0), options, criteria);
            }
        }

        var reason = count == 0 ? BestResponseResult.Reason.NoFollowUp : BestResponseResult.Reason.NothingQualifies;
        return new BestResponseResult(Response.NotEvaluable, null, null, new(reason, Response.NotEvaluable, 0), options, criteria);
    }

    /// <summary>The first confirmed CR; not looked for when fewer than two of the calls that count are CR (a confirmation takes two).</summary>
    private static BestResponseResult? FindConfirmedComplete(ReadOnlySpan<ResponseCall> calls, int count, int completeCalls, Recist11Options options, Criteria criteria, List<Diagnostic>? diagnostics)
        => completeCalls >= 2 ? FindConfirmed(calls, count, Response.CompleteResponse, options, criteria, diagnostics) : null;

    /// <summary>
    /// The first call at <paramref name="level"/> confirmed by a later call at that level or better, at least the minimum interval
    /// later, with at most the allowed NEs (and, when accepted, one SD) in between and nothing else (admiralonco
    /// <c>derive_param_confirmed_bor</c>). A PR recorded after a CR breaks a partial response's confirmation, and a CR does not
    /// start one, unless <see cref="Recist11Options.PartialAfterCompleteConfirms"/> ([E09] Table 3 note: a real CR followed by
    /// disease is progression).
    /// </summary>
    private static BestResponseResult? FindConfirmed(ReadOnlySpan<ResponseCall> calls, int count, Response level, Recist11Options options, Criteria criteria, List<Diagnostic>? diagnostics)
    {
        var lenient = options.PartialAfterCompleteConfirms;
        var maximumStable = options.AcceptStableDiseaseBetweenConfirmation && level == Response.PartialResponse ? 1 : 0;
        for (var i = 0; i < count; i++)
        {
            var first = calls[i].Response;
            if (!(first == level || (lenient && AtLeast(first, level))))
            {
                continue;
            }

            var notEvaluable = 0;
            var stable = 0;
            var sawComplete = first == Response.CompleteResponse;
            for (var j = i + 1; j < count; j++)
            {
                var next = calls[j].Response;
                if (next == Response.NotEvaluable)
                {
                    if (++notEvaluable > options.MaximumNotEvaluableBetweenConfirmation)
                    {
                        break;
                    }

                    continue;
                }

                if (next == Response.StableDisease && ++stable <= maximumStable)
                {
                    continue;
                }

                if (!AtLeast(next, level) || (next == Response.PartialResponse && sawComplete && !lenient))
                {
                    break;
                }

                sawComplete |= next == Response.CompleteResponse;
                var days = calls[j].Day - calls[i].Day;
                if (days < options.MinimumConfirmationDays)
                {
                    continue;
                }

                if (sawComplete && next == Response.PartialResponse && diagnostics is not null)
                {
                    AddCompleteThenPartial(diagnostics, calls[j].Date);
                }

                var why = new BestResponseResult.Why(BestResponseResult.Reason.Confirmed, first, days, next, notEvaluable, stable);
                return new BestResponseResult(level, calls[i].Date, calls[j].Date, why, options, criteria);
            }
        }

        return null;
    }

    /// <summary>The warning of a PR confirming after a CR (kept out of the loop it is raised from).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddCompleteThenPartial(List<Diagnostic> diagnostics, LocalDate date)
        => diagnostics.Add(new Diagnostic(DiagnosticCodes.CompleteThenPartialResponse, DiagnosticSeverity.Warning, $"a CR before {Explain.Date(date)} is followed by PR on {Explain.Date(date)}: query the reads (a real CR followed by disease is PD)", date));

    private static bool AtLeast(Response response, Response level)
        => level == Response.CompleteResponse
            ? response == Response.CompleteResponse
            : response == Response.CompleteResponse || response == Response.PartialResponse;

    internal static int Days(LocalDate from, LocalDate to) => Period.DaysBetween(from, to);
}

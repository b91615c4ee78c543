using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using ResponseCriteria.Responses;

namespace ResponseCriteria.Endpoints;

/// <summary>
/// ADaM ADTTE parameters of one subject, as admiral's <c>derive_param_tte</c> combines its sources: the earliest event
/// (first source on a tie) is the event; without one, the latest censoring date (last source on a tie); a date before the
/// start is moved to the start; AVAL counts the start as day 1. OS (death; censored at the last date known alive or the
/// reference date), PFS — IPFS for iRECIST calls — (progression or death; censored at the last assessment or the reference
/// date), RSD, duration of response (from the first CR or PR to progression or death; censored at the last assessment),
/// and TTR, time to response (from the reference date to the first CR or PR; responders only).
/// </summary>
public static class TimeToEvent
{
    /// <summary>Derives OS, PFS (or IPFS) and, for a responder, RSD and TTR.</summary>
    /// <param name="response">The subject's response parameters.</param>
    /// <param name="options">The options; null for the template's defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is null.</exception>
    public static IReadOnlyList<AdtteRecord> Derive(SubjectResponse response, TimeToEventOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        options ??= TimeToEventOptions.Default;
        var s = response.Subject;
        var start = s.ReferenceDate;
        var records = new List<AdtteRecord>(3);
        var death = s.DeathDate is { } dth ? new TimeToEventSource(dth, false, "Death", string.Empty, "ADRS", "ADT") : (TimeToEventSource?)null;
        var randomisation = start is { } rand ? new TimeToEventSource(rand, true, "Randomization", "Randomization", "ADSL", "RANDDT") : (TimeToEventSource?)null;
        var alive = s.LastAliveDate is { } lst ? new TimeToEventSource(lst, true, "Alive", "Alive During Study", "ADSL", "LSTALVDT") : (TimeToEventSource?)null;
        Add(records, s, "OS", "Overall Survival", start, Choose([death], [alive, randomisation]));

        var lastAssessment = response.LastAssessment is { } last ? new TimeToEventSource(last.Date, true, "Last Tumor Assessment", "Last Tumor Assessment", "ADRS", "ADT") : (TimeToEventSource?)null;
        var immune = response.Criteria == Criteria.IRecist;
        var progressionDate = immune && options.ImmuneProgressionDate == ImmuneProgressionDate.Confirmation
            ? response.Analysed.FirstOrDefault(c => c.Response == Response.ConfirmedProgression)?.Date
            : response.ProgressionDate;
        var progression = progressionDate is { } pd ? new TimeToEventSource(pd, false, immune ? "Confirmed Immune Progression" : "Disease Progression", string.Empty, "ADRS", "ADT") : (TimeToEventSource?)null;
        TimeToEventSource?[] events = [progression, death];
        var (paramcd, param) = immune ? ("IPFS", "iRECIST Progression Free Survival") : ("PFS", "Progression Free Survival");
        Add(records, s, paramcd, param, start, Choose(response, options, events, [lastAssessment, randomisation]));

        if (response.ResponseDate is { } responded)
        {
            Add(records, s, "RSD", "Duration of Response", responded, Choose(response, options, events, [lastAssessment]));
            Add(records, s, "TTR", "Time to Response", start, new TimeToEventSource(responded, false, "Response", string.Empty, "ADRS", "ADT"));
        }

        return records;
    }

    /// <summary>
    /// The event or censoring of a tumour endpoint; under the FDA options a censoring at the last adequate assessment instead:
    /// after a new anticancer therapy, or when the event came after too long without assessment.
    /// </summary>
    private static TimeToEventSource? Choose(SubjectResponse response, TimeToEventOptions options, TimeToEventSource?[] events, TimeToEventSource?[] censors)
    {
        var first = Earliest(events);
        if (options.CensorAtNewTherapy && response.Subject.NewTherapyDate is { } therapy && (first is null || first.Value.Date > therapy))
        {
            return LastAdequate(response, therapy, "Last Adequate Assessment before New Anticancer Therapy");
        }

        if (options.MaximumDaysWithoutAssessment is { } gap && first is { } e)
        {
            var before = LastAdequate(response, e.Date.PlusDays(-1), "Last Adequate Assessment before Missed Assessments");
            if (Period.DaysBetween(before.Date, e.Date) > gap)
            {
                return before;
            }
        }

        return Choose(events, censors);
    }

    /// <summary>The last adequate (not NE) assessment on or before a date, else the reference date.</summary>
    private static TimeToEventSource LastAdequate(SubjectResponse response, LocalDate onOrBefore, string description)
    {
        var last = response.Analysed.LastOrDefault(c => c.Date <= onOrBefore && c.Response != Response.NotEvaluable);
        return last is not null
            ? new TimeToEventSource(last.Date, true, description, description, "ADRS", "ADT")
            : new TimeToEventSource(response.Subject.ReferenceDate ?? onOrBefore, true, "Randomization", "Randomization", "ADSL", "RANDDT");
    }

    private static void Add(List<AdtteRecord> records, StudySubject subject, string paramcd, string param, LocalDate? start, TimeToEventSource? chosen)
    {
        if (chosen is { } c)
        {
            records.Add(new AdtteRecord(subject, paramcd, param, start, c));
        }
    }

    /// <summary>The first event (censors ignored), else the last censoring; null when the subject has neither (no row).</summary>
    private static TimeToEventSource? Choose(TimeToEventSource?[] events, TimeToEventSource?[] censors)
    {
        if (Earliest(events) is { } e)
        {
            return e;
        }

        TimeToEventSource? latest = null;
        foreach (var c in censors)
        {
            // The later source wins a tie (admiral filter_extreme mode "last" ordered by date, then source number).
            if (c is { } candidate && (latest is null || candidate.Date >= latest.Value.Date))
            {
                latest = candidate;
            }
        }

        return latest;
    }

    private static TimeToEventSource? Earliest(TimeToEventSource?[] sources)
    {
        TimeToEventSource? earliest = null;
        foreach (var s in sources)
        {
            if (s is { } candidate && !candidate.Censor && (earliest is null || candidate.Date < earliest.Value.Date))
            {
                earliest = candidate;
            }
        }

        return earliest;
    }
}

using System.Collections.Generic;
using ResponseCriteria.Diagnostics;
using ResponseCriteria.Responses;

namespace ResponseCriteria.Sdtm;

/// <summary>
/// Checks recorded responses against themselves: codes that do not belong to the criteria or the category, a new lesion
/// without progression, an overall response the component responses do not give, and calls after a confirmed progression.
/// Each contradiction is an issue; nothing is corrected.
/// </summary>
internal static class RecordedConsistency
{
    internal static void Check(SdtmTable rs, RecordedSubject subject, Criteria criteria, List<SdtmIssue> issues)
    {
        var confirmed = false;
        foreach (var visit in subject.Visits)
        {
            void Issue(string variable, string message)
                => issues.Add(new SdtmIssue(DiagnosticSeverity.Warning, rs.Source, visit.OverallRow, subject.Usubjid, variable, $"{subject.Evaluator} {visit.Visit}: {message}"));

            var overall = Parse(visit.Overall, criteria, "OVRLRESP", Issue);
            var target = Parse(visit.Target, criteria, "TRGRESP", Issue);
            var nonTarget = Parse(visit.NonTarget, criteria, "NTRGRESP", Issue);
            if (nonTarget is Response.StableDisease or Response.PartialResponse)
            {
                Issue("NTRGRESP", $"'{visit.NonTarget}' is not a non-target category (CR, Non-CR/Non-PD, PD, NE)");
            }

            var newLesion = visit.NewLesions?.ToUpperInvariant() is "Y" or "UNEQUIVOCAL";
            if (overall is { } o && newLesion && !ResponseCodes.IsProgression(o))
            {
                Issue("OVRLRESP", $"a new lesion is recorded (NEWLPROG/NEWLIND '{visit.NewLesions}') but the overall response is '{visit.Overall}'");
            }

            if (overall is { } ov && target is { } t && nonTarget is { } nt && !newLesion && Expected(t, nt, criteria) is { } expected && expected != ov)
            {
                Issue("OVRLRESP", $"target '{visit.Target}' and non-target '{visit.NonTarget}' give {RecordedResponses.ToCode(expected, criteria)}, not '{visit.Overall}'");
            }

            if (confirmed && overall is { } after && after != Response.ConfirmedProgression && after != Response.ProgressiveDisease)
            {
                Issue("OVRLRESP", $"'{visit.Overall}' is recorded after a confirmed progression");
            }

            confirmed |= overall == Response.ConfirmedProgression;
        }
    }

    private static Response? Parse(string? code, Criteria criteria, string variable, System.Action<string, string> issue)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        if (!RecordedResponses.TryParseCode(code, out var response, out var codeCriteria))
        {
            issue(variable, $"'{code}' is not a {ResponseCodes.CriteriaName(criteria)} response code");
            return null;
        }

        if (codeCriteria is { } c && c != criteria)
        {
            issue(variable, $"'{code}' is a {ResponseCodes.CriteriaName(c)} code in {ResponseCodes.CriteriaName(criteria)} data");
        }

        return response;
    }

    /// <summary>The overall response the RECIST 1.1 tables give for non-progressed components, or null when a component is progression.</summary>
    private static Response? Expected(Response target, Response nonTarget, Criteria criteria)
    {
        if (ResponseCodes.IsProgression(target) || ResponseCodes.IsProgression(nonTarget))
        {
            return null;
        }

        return Recist11.TimePointTables.Overall(target, nonTarget, newLesion: false);
    }
}

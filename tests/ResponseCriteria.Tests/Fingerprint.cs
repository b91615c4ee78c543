using System.Linq;
using ResponseCriteria.Results;

namespace ResponseCriteria.Tests;

/// <summary>Everything a result reports for one patient, as one string: two paths that agree on it gave the same result.</summary>
internal static class Fingerprint
{
    internal static string Of(EvaluationResult r)
        => string.Join(
            " | ",
            r.SeriesId,
            string.Join(",", r.TimePoints.Select(tp => $"{tp.Date}:{tp.Response}:{tp.Rule}:{tp.Target.Sum}:{tp.Target.Nadir}:{tp.NonTarget.Rule}:{tp.NewLesions.Rule}:{tp.IRecist?.Transition}:{tp.Explanation}")),
            r.UnconfirmedBestOverallResponse.Explanation,
            r.ConfirmedBestOverallResponse.Explanation,
            r.ConfirmedBestOverallResponse.ConfirmationDate,
            r.ProgressionDate,
            r.ProgressionConfirmationDate,
            r.UnconfirmedProgressionDate,
            string.Join(",", r.Diagnostics.Select(d => d.ToString())),
            string.Join(",", r.Patterns.Findings.Select(f => f.Explanation)));
}

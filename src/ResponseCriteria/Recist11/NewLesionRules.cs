using System;
using System.Collections.Generic;
using ResponseCriteria.Diagnostics;
using ResponseCriteria.Lesions;
using ResponseCriteria.Results;

namespace ResponseCriteria.Recist11;

/// <summary>New lesions under RECIST 1.1 [E09] (criteria §1.6, Q4): unequivocal ones are PD; equivocal ones only once confirmed.</summary>
internal static class NewLesionRules
{
    private static readonly string[] None = [];

    /// <summary>Whether a recorded new lesion counts: it is present and is not a lymph node of normal size (short axis under 10 mm, [FAQ]).</summary>
    internal static bool Counts(NewLesion lesion, Recist11Options options) => lesion.IsPresent && !IsNormalNode(lesion, options);

    private static bool IsNormalNode(NewLesion lesion, Recist11Options options)
        => lesion.IsLymphNode && lesion.Size?.ValueForSum(options.TooSmallToMeasureMillimetres) < Thresholds.NormalNodeShortAxisMillimetres;

    /// <summary>The new-lesion finding at follow-up <paramref name="index"/>.</summary>
    internal static NewLesionResult Evaluate(PreparedSeries prepared, int index, Recist11Options options)
    {
        var assessment = prepared.FollowUps[index];
        List<string>? counted = null, equivocal = null;
        var anyUnequivocal = false;
        foreach (var lesion in assessment.NewLesionSpan)
        {
            if (!Counts(lesion, options))
            {
                continue;
            }

            if (!lesion.IsEquivocal)
            {
                (counted ??= new List<string>()).Add(lesion.Id);
                anyUnequivocal = true;
            }
            else if (options.BackdateEquivocalNewLesions && ConfirmedAt(prepared, index, lesion.Id, options) is not null)
            {
                (counted ??= new List<string>()).Add(lesion.Id);
            }
            else
            {
                (equivocal ??= new List<string>()).Add(lesion.Id);
            }
        }

        if (counted is null && equivocal is null)
        {
            return NewLesionResult.None;
        }

        var rule = counted is not null
            ? anyUnequivocal ? NewLesionRule.NewLesion : NewLesionRule.EquivocalConfirmedLater
            : NewLesionRule.EquivocalNotConfirmed;
        return new NewLesionResult(rule, counted?.ToArray() ?? None, equivocal?.ToArray() ?? None);
    }

    /// <summary>Reports equivocal new lesions first seen at follow-up <paramref name="index"/> that are confirmed later or still pending at the end.</summary>
    internal static void Report(PreparedSeries prepared, int index, Recist11Options options)
    {
        var assessment = prepared.FollowUps[index];
        foreach (var lesion in assessment.NewLesionSpan)
        {
            if (IsNormalNode(lesion, options))
            {
                prepared.Diagnostics.Add(new Diagnostic(DiagnosticCodes.NewNodeNormalSize, DiagnosticSeverity.Info, $"new lymph node {lesion.Id} measures {lesion.Size} (short axis under 10 mm is normal): not counted as a new lesion", assessment.Date, lesion.Id));
                continue;
            }

            if (!lesion.IsEquivocal || !lesion.IsPresent || SeenBefore(prepared, index, lesion.Id, options))
            {
                continue;
            }

            var at = ConfirmedAt(prepared, index, lesion.Id, options);
            if (at.HasValue)
            {
                var on = Explain.Date(prepared.FollowUps[at.Value].Date);
                var message = options.BackdateEquivocalNewLesions
                    ? $"equivocal new lesion {lesion.Id} was confirmed on {on}; progression is dated to its first sighting"
                    : $"equivocal new lesion {lesion.Id} was confirmed on {on}; progression is called there (backdating is off)";
                prepared.Diagnostics.Add(new Diagnostic(DiagnosticCodes.EquivocalNewLesionConfirmed, DiagnosticSeverity.Info, message, assessment.Date, lesion.Id));
            }
            else if (IsPending(prepared, index, lesion.Id, options))
            {
                prepared.Diagnostics.Add(new Diagnostic(DiagnosticCodes.EquivocalNewLesionPending, DiagnosticSeverity.Warning, $"equivocal new lesion {lesion.Id} is neither confirmed nor refuted by the last assessment", assessment.Date, lesion.Id));
            }
        }
    }

    private static bool SeenBefore(PreparedSeries prepared, int index, string id, Recist11Options options)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (prepared.Usable[i] && CountsAt(prepared.FollowUps[i], id, options))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The follow-up at which an equivocal lesion seen at <paramref name="index"/> is confirmed: the next usable assessments list it
    /// present, still equivocal or not, until one lists it unequivocally (confirmed). Absent or no longer listed refutes it.
    /// </summary>
    internal static int? ConfirmedAt(PreparedSeries prepared, int index, string id, Recist11Options options)
    {
        for (var j = index + 1; j < prepared.FollowUps.Length; j++)
        {
            if (!prepared.Usable[j])
            {
                continue;
            }

            var lesion = Find(prepared.FollowUps[j].NewLesionSpan, id);
            if (lesion is null || !Counts(lesion, options))
            {
                return null;
            }

            if (!lesion.IsEquivocal)
            {
                return j;
            }
        }

        return null;
    }

    private static bool IsPending(PreparedSeries prepared, int index, string id, Recist11Options options)
    {
        for (var j = index + 1; j < prepared.FollowUps.Length; j++)
        {
            if (prepared.Usable[j] && !CountsAt(prepared.FollowUps[j], id, options))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the new lesion <paramref name="id"/> is listed at an assessment and counts there.</summary>
    private static bool CountsAt(Series.Assessment assessment, string id, Recist11Options options)
    {
        var lesion = Find(assessment.NewLesionSpan, id);
        return lesion != null && Counts(lesion, options);
    }

    private static NewLesion? Find(ReadOnlySpan<NewLesion> lesions, string id)
    {
        foreach (var lesion in lesions)
        {
            if (lesion.Id == id)
            {
                return lesion;
            }
        }

        return null;
    }

    /// <summary>A phrase for the explanation line.</summary>
    internal static string Describe(NewLesionResult n) => n.Rule switch
    {
        NewLesionRule.None => "no new lesion",
        NewLesionRule.NewLesion => $"new lesion {Explain.Ids(n.Lesions)}",
        NewLesionRule.EquivocalConfirmedLater => $"equivocal new lesion {Explain.Ids(n.Lesions)} confirmed later, so PD dates from here",
        NewLesionRule.EquivocalNotConfirmed => $"equivocal new lesion {Explain.Ids(n.EquivocalLesions)} not confirmed (no PD)",
        NewLesionRule.Persisting => $"new lesions {Explain.Ids(n.Lesions)} persisting",
        _ => throw new InvalidOperationException("Unknown new-lesion rule."),
    };
}

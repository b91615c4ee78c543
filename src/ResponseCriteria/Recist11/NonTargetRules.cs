using System;
using System.Collections.Generic;
using ResponseCriteria.Lesions;
using ResponseCriteria.Responses;
using ResponseCriteria.Results;

namespace ResponseCriteria.Recist11;

/// <summary>The non-target response of RECIST 1.1 [E09] (criteria §1.5), shared by iRECIST.</summary>
internal static class NonTargetRules
{
    private static readonly string[] None = [];

    internal static bool IsProgressed(NonTargetStatus status)
        => status == NonTargetStatus.Progression || status == NonTargetStatus.FurtherIncrease;

    /// <summary>The non-target response at one assessment.</summary>
    /// <param name="prepared">The series.</param>
    /// <param name="index">The follow-up.</param>
    /// <param name="afterCompleteResponse">Whether the last evaluable overall response was CR (a present lesion has reappeared).</param>
    /// <param name="options">The options.</param>
    internal static NonTargetResult Evaluate(PreparedSeries prepared, int index, bool afterCompleteResponse, Recist11Options options)
    {
        var nonTargets = prepared.NonTargets;
        if (nonTargets.Length == 0)
        {
            return new NonTargetResult(Response.NotApplicable, NonTargetRule.NoNonTargets, None);
        }

        List<string>? progressed = null, missing = null, present = null;
        for (var k = 0; k < nonTargets.Length; k++)
        {
            var lesion = nonTargets[k];
            var status = prepared.NonTarget(index, k);
            if (IsProgressed(status))
            {
                (progressed ??= new List<string>()).Add(lesion.Id);
            }
            else if (status == NonTargetStatus.NotEvaluable)
            {
                (missing ??= new List<string>()).Add(lesion.Id);
            }
            else if (status == NonTargetStatus.Present)
            {
                (present ??= new List<string>()).Add(lesion.Id);
            }
        }

        if (progressed is not null)
        {
            return new NonTargetResult(Response.ProgressiveDisease, NonTargetRule.UnequivocalProgression, progressed.ToArray());
        }

        if (present is not null && afterCompleteResponse && options.ReappearanceAfterCompleteResponseIsProgression)
        {
            return new NonTargetResult(Response.ProgressiveDisease, NonTargetRule.ReappearanceAfterCompleteResponse, present.ToArray());
        }

        if (missing is not null)
        {
            return new NonTargetResult(Response.NotEvaluable, NonTargetRule.NotEvaluable, missing.ToArray());
        }

        return present is null
            ? new NonTargetResult(Response.CompleteResponse, NonTargetRule.CompleteResponse, None)
            : new NonTargetResult(Response.NonCompleteNonProgression, NonTargetRule.NonCompleteNonProgression, present.ToArray());
    }

    /// <summary>A phrase for the explanation line.</summary>
    internal static string Describe(NonTargetResult n, Criteria criteria)
    {
        var code = ResponseCodes.ToCode(n.Response, criteria);
        return n.Rule switch
        {
            NonTargetRule.NoNonTargets => "no non-target lesions",
            NonTargetRule.UnequivocalProgression => $"non-targets {code}: unequivocal progression of {Explain.Ids(n.Lesions)}",
            NonTargetRule.ReappearanceAfterCompleteResponse => $"non-targets {code}: {Explain.Ids(n.Lesions)} present again after a complete response",
            NonTargetRule.NotEvaluable => $"non-targets {code}: {Explain.Ids(n.Lesions)} not evaluable",
            NonTargetRule.CompleteResponse => $"non-targets {code}: all gone",
            NonTargetRule.NonCompleteNonProgression => $"non-targets {code}: {Explain.Ids(n.Lesions)} present",
            _ => throw new InvalidOperationException("Unknown non-target rule."),
        };
    }
}

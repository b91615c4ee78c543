using System;
using ResponseCriteria.Lesions;
using ResponseCriteria.Responses;
using ResponseCriteria.Results;

namespace ResponseCriteria.Recist11;

/// <summary>The non-target response of RECIST 1.1 [E09] (criteria §1.5), shared by iRECIST.</summary>
internal static class NonTargetRules
{
    private static readonly string[] None = [];

    /// <summary>The findings without lesions, shared by every time point that has them (results are immutable).</summary>
    private static readonly NonTargetResult NoNonTargets = new(Response.NotApplicable, NonTargetRule.NoNonTargets, None);

    private static readonly NonTargetResult AllGone = new(Response.CompleteResponse, NonTargetRule.CompleteResponse, None);

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
            return NoNonTargets;
        }

        int progressed = 0, missing = 0, present = 0;
        for (var k = 0; k < nonTargets.Length; k++)
        {
            var status = prepared.NonTarget(index, k);
            progressed += IsProgressed(status) ? 1 : 0;
            missing += status == NonTargetStatus.NotEvaluable ? 1 : 0;
            present += status == NonTargetStatus.Present ? 1 : 0;
        }

        if (progressed > 0)
        {
            return new NonTargetResult(Response.ProgressiveDisease, NonTargetRule.UnequivocalProgression, Ids(prepared, index, progressed, NonTargetStatus.Progression));
        }

        if (present > 0 && afterCompleteResponse && options.ReappearanceAfterCompleteResponseIsProgression)
        {
            return new NonTargetResult(Response.ProgressiveDisease, NonTargetRule.ReappearanceAfterCompleteResponse, Ids(prepared, index, present, NonTargetStatus.Present));
        }

        if (missing > 0)
        {
            return new NonTargetResult(Response.NotEvaluable, NonTargetRule.NotEvaluable, Ids(prepared, index, missing, NonTargetStatus.NotEvaluable));
        }

        return present == 0 ? AllGone
            : present == nonTargets.Length ? prepared.AllNonTargetsPresent // the usual Non-CR/Non-PD: one finding for all the patient's time points
            : new NonTargetResult(Response.NonCompleteNonProgression, NonTargetRule.NonCompleteNonProgression, Ids(prepared, index, present, NonTargetStatus.Present));
    }

    /// <summary>The <paramref name="count"/> non-targets in state <paramref name="status"/> at follow-up <paramref name="index"/> (progression includes further increase).</summary>
    private static string[] Ids(PreparedSeries prepared, int index, int count, NonTargetStatus status)
    {
        if (count == prepared.NonTargets.Length)
        {
            return prepared.NonTargetIds; // every non-target (the usual Non-CR/Non-PD): one array for all the patient's time points
        }

        var ids = new string[count];
        var n = 0;
        for (var k = 0; k < prepared.NonTargets.Length; k++)
        {
            var s = prepared.NonTarget(index, k);
            if (s == status || (status == NonTargetStatus.Progression && IsProgressed(s)))
            {
                ids[n++] = prepared.NonTargets[k].Id;
            }
        }

        return ids;
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

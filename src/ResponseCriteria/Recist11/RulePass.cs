using NodaTime;
using ResponseCriteria.Diagnostics;
using ResponseCriteria.Responses;
using ResponseCriteria.Results;

namespace ResponseCriteria.Recist11;

/// <summary>
/// The one evaluation loop both criteria run, follow-up by follow-up: the new-lesion diagnostics, the target finding against the
/// reference the options choose (nadir or baseline), the non-target finding, reappearance after a complete response, and after
/// each call the nadir and the response history. RECIST 1.1 adds its time-point table on top; iRECIST its state machine. A mutable
/// struct, held in one local or field (never copied: a copy would not see the nadir move).
/// </summary>
internal struct RulePass(PreparedSeries prepared, Recist11Options options)
{
    private decimal? nadir = prepared.BaselineSum;
    private LocalDate? nadirDate = prepared.BaselineSum is null ? null : prepared.BaselineDate;
    private Response lastEvaluable = Response.NotEvaluable;
    private bool hadResponse;

    internal PreparedSeries Prepared => prepared;

    internal Recist11Options Options => options;

    /// <summary>The target and non-target findings at usable follow-up <paramref name="index"/>, with the diagnostics every criteria raises there.</summary>
    /// <param name="index">The follow-up.</param>
    /// <param name="completeSum">The target sum when every target was evaluable, else null.</param>
    internal (TargetResult Target, NonTargetResult NonTarget) Findings(int index, out decimal? completeSum)
    {
        NewLesionRules.Report(prepared, index, options);
        var afterCr = lastEvaluable == Response.CompleteResponse;
        var fromBaseline = options.ProgressionReference == ProgressionReference.Baseline;
        var reference = fromBaseline ? prepared.BaselineSum : nadir;
        var referenceDate = fromBaseline ? prepared.BaselineDate : nadirDate;
        var target = TargetRules.Evaluate(prepared, index, reference, referenceDate, afterCr, hadResponse, options, out completeSum);
        var nonTarget = NonTargetRules.Evaluate(prepared, index, afterCr, options);
        if (target.Rule == TargetRule.ReappearanceAfterCompleteResponse || nonTarget.Rule == NonTargetRule.ReappearanceAfterCompleteResponse)
        {
            prepared.Diagnostics.Add(new Diagnostic(DiagnosticCodes.ReappearanceAfterCompleteResponse, DiagnosticSeverity.Warning, "disease reappeared after a complete response and is called PD; the working group advises a re-read (if it never went, both time points are PR)", prepared.FollowUps[index].Date));
        }

        return (target, nonTarget);
    }

    /// <summary>Records the call at follow-up <paramref name="index"/>: a complete sum below the nadir becomes the nadir (unless <paramref name="mayBeNadir"/> is false).</summary>
    internal void Record(int index, Response response, decimal? completeSum, bool mayBeNadir = true)
    {
        if (mayBeNadir && completeSum.HasValue && (nadir is null || completeSum < nadir) && prepared.BaselineSum is not null)
        {
            nadir = completeSum;
            nadirDate = prepared.FollowUps[index].Date;
        }

        if (response != Response.NotEvaluable)
        {
            lastEvaluable = response;
        }

        hadResponse |= response == Response.PartialResponse || response == Response.CompleteResponse;
    }

    /// <summary>The NE time point of a follow-up that is not usable (not dated after the one before it).</summary>
    internal TimePointResult NotUsable(int index, TimePointText text)
    {
        var target = new TargetResult(prepared.HasTargets ? Response.NotEvaluable : Response.NotApplicable, prepared.HasTargets ? TargetRule.NotEvaluable : TargetRule.NoTargets, null, prepared.BaselineSum, null, null, [], []);
        var nonTarget = new NonTargetResult(prepared.HasNonTargets ? Response.NotEvaluable : Response.NotApplicable, prepared.HasNonTargets ? NonTargetRule.NotEvaluable : NonTargetRule.NoNonTargets, []);
        var newLesions = NewLesionResult.None;
        return new TimePointResult(prepared.FollowUps[index].Date, prepared.Days[index], target, nonTarget, newLesions, Response.NotEvaluable, OverallRule.AssessmentNotUsable, ProgressionReasons.None, text);
    }
}

using System;
using System.Collections.Generic;
using NodaTime;
using ResponseCriteria.Confirmation;
using ResponseCriteria.Diagnostics;
using ResponseCriteria.Patterns;
using ResponseCriteria.Responses;
using ResponseCriteria.Results;
using ResponseCriteria.Series;

namespace ResponseCriteria.Recist11;

/// <summary>
/// Evaluates a patient's series under RECIST 1.1 (Eisenhauer 2009, with the working group's clarifications; see
/// docs/criteria.md): target, non-target and new-lesion findings, the overall response at every follow-up, best overall
/// response with and without confirmation, and the date of progression. Pure and thread-safe: the same series gives the
/// same result on any thread. Bad data never throws: it gives diagnostics and NE calls.
/// </summary>
public sealed class Recist11Evaluator
{
    /// <summary>Creates an evaluator.</summary>
    /// <param name="options">The options; null for <see cref="Recist11Options.Default"/>.</param>
    public Recist11Evaluator(Recist11Options? options = null) => Options = options ?? Recist11Options.Default;

    /// <summary>The options.</summary>
    public Recist11Options Options { get; }

    /// <summary>Evaluates one series.</summary>
    /// <param name="series">The series.</param>
    /// <returns>The time-point calls, best overall responses, progression date and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public EvaluationResult Evaluate(PatientSeries series)
    {
        Preconditions.CheckNotNull(series, nameof(series));
        var prepared = PreparedSeries.Build(series);
        var options = Options;
        var count = prepared.FollowUps.Length;
        var timePoints = new TimePointResult[count];
        var nadir = prepared.BaselineSum;
        LocalDate? nadirDate = nadir is null ? null : prepared.BaselineDate;
        var lastEvaluable = Response.NotEvaluable;
        var hadResponse = false;
        LocalDate? progressionDate = null;

        for (var i = 0; i < count; i++)
        {
            var assessment = prepared.FollowUps[i];
            var days = BestResponse.Days(prepared.BaselineDate, assessment.Date);
            if (!prepared.Usable[i])
            {
                timePoints[i] = NotUsable(prepared, assessment, days);
                continue;
            }

            NewLesionRules.Report(prepared, i, options);
            var afterCr = lastEvaluable == Response.CompleteResponse;
            var reference = options.ProgressionReference == ProgressionReference.Baseline ? prepared.BaselineSum : nadir;
            var referenceDate = options.ProgressionReference == ProgressionReference.Baseline ? prepared.BaselineDate : nadirDate;
            var target = TargetRules.Evaluate(prepared, assessment, reference, referenceDate, afterCr, hadResponse, options, out var completeSum);
            var nonTarget = NonTargetRules.Evaluate(prepared, assessment, afterCr, options);
            var newLesions = NewLesionRules.Evaluate(prepared, i, options);
            var reasons = TimePointTable.Reasons(target, nonTarget, newLesions);

            // Assigned at declaration, so that a mutation removing one branch still compiles (eng/mutation.sh).
            var response = Response.NotEvaluable;
            var rule = OverallRule.AssessmentNotUsable;
            if (progressionDate is not null && options.ProgressionIsFinal)
            {
                (response, rule) = (Response.ProgressiveDisease, OverallRule.AfterProgression);
            }
            else if (reasons != ProgressionReasons.None)
            {
                (response, rule) = (Response.ProgressiveDisease, OverallRule.Progression);
                progressionDate ??= assessment.Date;
            }
            else
            {
                (response, rule) = TimePointTable.WithoutProgression(target.Response, nonTarget.Response);
            }

            if (completeSum.HasValue && (nadir is null || completeSum < nadir) && prepared.BaselineSum is not null)
            {
                nadir = completeSum;
                nadirDate = assessment.Date;
            }

            if (response != Response.NotEvaluable)
            {
                lastEvaluable = response;
            }

            hadResponse |= response == Response.PartialResponse || response == Response.CompleteResponse;
            if (target.Rule == TargetRule.ReappearanceAfterCompleteResponse || nonTarget.Rule == NonTargetRule.ReappearanceAfterCompleteResponse)
            {
                prepared.Diagnostics.Add(new Diagnostic(DiagnosticCodes.ReappearanceAfterCompleteResponse, DiagnosticSeverity.Warning, "disease reappeared after a complete response and is called PD; the working group advises a re-read (if it never went, both time points are PR)", assessment.Date));
            }

            var firstProgression = progressionDate;
            var hasTargets = prepared.HasTargets;
            timePoints[i] = new TimePointResult(
                assessment.Date, days, target, nonTarget, newLesions, response, rule, response == Response.ProgressiveDisease ? reasons : ProgressionReasons.None,
                () => Explanation(hasTargets, response, rule, reasons, target, nonTarget, newLesions, firstProgression, Criteria.Recist11));
        }

        var calls = BestResponse.CallsOf(timePoints);
        var unconfirmed = BestResponse.Derive(prepared.BaselineDate, calls, false, options, Criteria.Recist11, !prepared.HasTargets, null);
        var confirmed = BestResponse.Derive(prepared.BaselineDate, calls, true, options, Criteria.Recist11, !prepared.HasTargets, prepared.Diagnostics);
        var patterns = PatternDetector.Detect(prepared, timePoints, options, Criteria.Recist11);
        return new EvaluationResult(Criteria.Recist11, series.Id, prepared.BaselineDate, timePoints, unconfirmed, confirmed, options.Confirmation, progressionDate, prepared.Diagnostics.ToArray(), patterns);
    }

    internal static TimePointResult NotUsable(PreparedSeries prepared, Assessment assessment, int days)
    {
        var target = new TargetResult(prepared.HasTargets ? Response.NotEvaluable : Response.NotApplicable, prepared.HasTargets ? TargetRule.NotEvaluable : TargetRule.NoTargets, null, prepared.BaselineSum, null, null, [], []);
        var nonTarget = new NonTargetResult(prepared.HasNonTargets ? Response.NotEvaluable : Response.NotApplicable, prepared.HasNonTargets ? NonTargetRule.NotEvaluable : NonTargetRule.NoNonTargets, []);
        var newLesions = new NewLesionResult(NewLesionRule.None, [], []);
        return new TimePointResult(assessment.Date, days, target, nonTarget, newLesions, Response.NotEvaluable, OverallRule.AssessmentNotUsable, ProgressionReasons.None, static () => "NE: the assessment is not dated after the one before it and is not used");
    }

    internal static string Explanation(
        bool hasTargets,
        Response response,
        OverallRule rule,
        ProgressionReasons reasons,
        TargetResult target,
        NonTargetResult nonTarget,
        NewLesionResult newLesions,
        LocalDate? progressionDate,
        Criteria criteria)
    {
        var code = ResponseCodes.ToCode(response, criteria);
        var lead = rule switch
        {
            OverallRule.AfterProgression => $"{code} (progression on {Explain.Date(progressionDate!.Value)} is final)",
            OverallRule.Progression => $"{code} ({ResponseCodes.Describe(reasons)})",
            _ => code,
        };
        return $"{lead}: {TargetRules.Describe(target, criteria)}; {NonTargetRules.Describe(nonTarget, criteria)}; {NewLesionRules.Describe(newLesions)} [{TimePointTable.Source(rule, hasTargets)}]";
    }
}

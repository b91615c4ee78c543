using System;
using System.Collections.Generic;
using NodaTime;
using ResponseCriteria.Cohorts;
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
public sealed class Recist11Evaluator : IResponseEvaluator
{
    /// <summary>Creates an evaluator.</summary>
    /// <param name="options">The options; null for <see cref="Recist11Options.Default"/>.</param>
    public Recist11Evaluator(Recist11Options? options = null) => Options = options ?? Recist11Options.Default;

    /// <summary>Always <see cref="Criteria.Recist11"/>.</summary>
    public Criteria Criteria => Criteria.Recist11;

    /// <summary>The options.</summary>
    public Recist11Options Options { get; }

    /// <summary>Evaluates one series.</summary>
    /// <param name="series">The series.</param>
    /// <returns>The time-point calls, best overall responses, progression date and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public EvaluationResult Evaluate(PatientSeries series)
    {
        Preconditions.CheckNotNull(series, nameof(series));
        var options = Options;
        var pass = new RulePass(PreparedSeries.Build(series), options);
        var prepared = pass.Prepared;
        var count = prepared.FollowUps.Length;
        var timePoints = new TimePointResult[count];
        var text = new Text(options, prepared.HasTargets);
        LocalDate? progressionDate = null;

        for (var i = 0; i < count; i++)
        {
            if (!prepared.Usable[i])
            {
                timePoints[i] = pass.NotUsable(i, text);
                continue;
            }

            var date = prepared.FollowUps[i].Date;
            var (target, nonTarget) = pass.Findings(i, out var completeSum);
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
                progressionDate ??= date;
            }
            else
            {
                (response, rule) = TimePointTable.WithoutProgression(target.Response, nonTarget.Response);
            }

            pass.Record(i, response, completeSum);
            timePoints[i] = new TimePointResult(
                date, prepared.Days[i], target, nonTarget, newLesions, response, rule, response == Response.ProgressiveDisease ? reasons : ProgressionReasons.None, text);
        }

        text.ProgressionDate = progressionDate;
        Span<ResponseCall> calls = timePoints.Length <= BestResponse.CallsOnStack ? stackalloc ResponseCall[timePoints.Length] : new ResponseCall[timePoints.Length];
        BestResponse.CallsOf(prepared.BaselineDate, timePoints, calls);
        var unconfirmed = BestResponse.Derive(prepared.StartDate, calls, false, options, Criteria.Recist11, !prepared.HasTargets, null);
        var confirmed = BestResponse.Derive(prepared.StartDate, calls, true, options, Criteria.Recist11, !prepared.HasTargets, prepared.Diagnostics);
        var patterns = PatternDetector.Detect(prepared, timePoints, options, Criteria.Recist11);
        return new EvaluationResult(Criteria.Recist11, series.Id, prepared.BaselineDate, timePoints, unconfirmed, confirmed, options.Confirmation, progressionDate, prepared.Diagnostics.ToArray(), patterns);
    }

    /// <summary>The explanation of a RECIST 1.1 time point, built from its findings when first read.</summary>
    private sealed class Text(Recist11Options options, bool hasTargets) : TimePointText
    {
        /// <summary>The first PD, once the series is evaluated (quoted by the time points after it).</summary>
        internal LocalDate? ProgressionDate { get; set; }

        internal override string Explain(TimePointResult tp)
        {
            var code = ResponseCodes.ToCode(tp.Response, Criteria.Recist11);
            var lead = tp.Rule switch
            {
                OverallRule.AfterProgression => $"{code} (progression on {Results.Explain.Date(ProgressionDate!.Value)} is final)",
                OverallRule.Progression => $"{code} ({ResponseCodes.Describe(tp.ProgressionReasons)})",
                _ => code,
            };
            return $"{lead}: {TargetRules.Describe(tp.Target, Criteria.Recist11, options)}; {NonTargetRules.Describe(tp.NonTarget, Criteria.Recist11)}; {NewLesionRules.Describe(tp.NewLesions)} [{TimePointTable.Source(tp.Rule, hasTargets)}]";
        }
    }
}

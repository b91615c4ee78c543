using ResponseCriteria.Responses;
using ResponseCriteria.Results;

namespace ResponseCriteria.Recist11;

/// <summary>The overall response at a time point: [E09] Table 1 (with targets) and Table 2 (non-targets only); NED without disease.</summary>
internal static class TimePointTable
{
    internal static ProgressionReasons Reasons(TargetResult target, NonTargetResult nonTarget, NewLesionResult newLesions)
        => (target.Response == Response.ProgressiveDisease ? ProgressionReasons.Target : ProgressionReasons.None)
           | (nonTarget.Response == Response.ProgressiveDisease ? ProgressionReasons.NonTarget : ProgressionReasons.None)
           | (newLesions.IsProgression ? ProgressionReasons.NewLesion : ProgressionReasons.None);

    /// <summary>The overall response when nothing progressed (the caller handles progression first).</summary>
    internal static (Response Response, OverallRule Rule) WithoutProgression(Response target, Response nonTarget)
    {
        if (target != Response.NotApplicable)
        {
            return target switch
            {
                Response.CompleteResponse => nonTarget == Response.CompleteResponse || nonTarget == Response.NotApplicable
                    ? (Response.CompleteResponse, OverallRule.CompleteResponse)
                    : (Response.PartialResponse, OverallRule.PartialResponseTargetsComplete),
                Response.PartialResponse => (Response.PartialResponse, OverallRule.PartialResponse),
                Response.StableDisease => (Response.StableDisease, OverallRule.StableDisease),
                _ => (Response.NotEvaluable, OverallRule.TargetsNotEvaluable),
            };
        }

        return nonTarget switch
        {
            Response.NotApplicable => (Response.NoEvidenceOfDisease, OverallRule.NoEvidenceOfDisease),
            Response.CompleteResponse => (Response.CompleteResponse, OverallRule.CompleteResponse),
            Response.NonCompleteNonProgression => (Response.NonCompleteNonProgression, OverallRule.NonCompleteNonProgression),
            _ => (Response.NotEvaluable, OverallRule.NonTargetsNotEvaluable),
        };
    }

    /// <summary>The source of a rule, for the explanation line.</summary>
    internal static string Source(OverallRule rule, bool hasTargets) => rule switch
    {
        OverallRule.NoEvidenceOfDisease => "no disease at baseline",
        OverallRule.AfterProgression => "progression is final",
        OverallRule.AssessmentNotUsable => "assessment not usable",
        _ => hasTargets ? "E09 Table 1" : "E09 Table 2",
    };
}

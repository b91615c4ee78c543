using System.Collections.Generic;
using ResponseCriteria.Responses;

namespace ResponseCriteria.Results;

/// <summary>The non-target response at one time point, with the lesions that decided it.</summary>
public sealed class NonTargetResult
{
    internal NonTargetResult(Response response, NonTargetRule rule, IReadOnlyList<string> lesions)
    {
        Response = response;
        Rule = rule;
        Lesions = lesions;
    }

    /// <summary>CR, Non-CR/Non-PD, PD, NE, or <see cref="Response.NotApplicable"/> when there are no non-targets.</summary>
    public Response Response { get; }

    /// <summary>The rule that decided <see cref="Response"/>.</summary>
    public NonTargetRule Rule { get; }

    /// <summary>The lesions that decided it: progressed or reappeared ones for PD, not evaluable ones for NE, persisting ones for Non-CR/Non-PD.</summary>
    public IReadOnlyList<string> Lesions { get; }
}

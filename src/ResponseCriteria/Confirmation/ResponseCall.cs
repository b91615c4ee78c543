using System;
using NodaTime;
using ResponseCriteria.Responses;

namespace ResponseCriteria.Confirmation;

/// <summary>A time-point overall response on a date: the input of a best-overall-response derivation.</summary>
public readonly struct ResponseCall : IEquatable<ResponseCall>
{
    /// <summary>Creates a call.</summary>
    /// <param name="date">The assessment date.</param>
    /// <param name="response">The overall response at that date.</param>
    public ResponseCall(LocalDate date, Response response)
    {
        Date = date;
        Response = response;
    }

    /// <summary>The assessment date.</summary>
    public LocalDate Date { get; }

    /// <summary>The overall response.</summary>
    public Response Response { get; }

    /// <inheritdoc/>
    public bool Equals(ResponseCall other) => Date == other.Date && Response == other.Response;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ResponseCall && Equals((ResponseCall)obj);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, Response);

    /// <summary>Equality of date and response.</summary>
    public static bool operator ==(ResponseCall left, ResponseCall right) => left.Equals(right);

    /// <summary>Inequality of date or response.</summary>
    public static bool operator !=(ResponseCall left, ResponseCall right) => !left.Equals(right);

    /// <inheritdoc/>
    public override string ToString() => $"{Date:uuuu-MM-dd} {Response}";
}

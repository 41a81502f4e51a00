namespace Bittensor.Sdk.Chain.Extrinsics;

/// <summary>The transaction pool gave up on a watched extrinsic (dropped, invalid, usurped, finality timeout).</summary>
public sealed class ExtrinsicStatusException : Exception
{
    public ExtrinsicStatusException()
    {
    }

    public ExtrinsicStatusException(string message)
        : base(message)
    {
    }

    public ExtrinsicStatusException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The final status name (<c>dropped</c>, <c>invalid</c>, <c>usurped</c>, <c>finalityTimeout</c>).</summary>
    public string Status { get; init; } = string.Empty;
}

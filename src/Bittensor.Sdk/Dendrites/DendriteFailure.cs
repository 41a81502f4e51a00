namespace Bittensor.Sdk.Dendrites;

/// <summary>A client-side failure with the status code the dendrite records for it.</summary>
internal sealed class DendriteFailure : Exception
{
    public DendriteFailure()
    {
    }

    public DendriteFailure(string message)
        : base(message)
    {
    }

    public DendriteFailure(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DendriteFailure(int statusCode, string message)
        : base(message)
    {
        StatusCode = statusCode;
    }

    public int StatusCode { get; } = 500;
}

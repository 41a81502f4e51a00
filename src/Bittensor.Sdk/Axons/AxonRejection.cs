namespace Bittensor.Sdk.Axons;

/// <summary>Stops the pipeline with an HTTP status and upstream's message (the role of upstream's SynapseException types).</summary>
internal sealed class AxonRejection : Exception
{
    public AxonRejection()
    {
    }

    public AxonRejection(string message)
        : base(message)
    {
    }

    public AxonRejection(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public AxonRejection(int statusCode, string message)
        : base(message)
    {
        StatusCode = statusCode;
    }

    public int StatusCode { get; } = 500;
}

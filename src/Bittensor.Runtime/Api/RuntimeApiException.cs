namespace Bittensor.Runtime.Api;

/// <summary>A <c>state_call</c> that cannot run: unknown method, undecodable arguments, or a method that refused its input.</summary>
public sealed class RuntimeApiException : Exception
{
    public RuntimeApiException()
    {
    }

    public RuntimeApiException(string message)
        : base(message)
    {
    }

    public RuntimeApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

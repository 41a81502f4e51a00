namespace Bittensor.Node.Rpc;

/// <summary>Thrown by a method or subscription handler to answer with <see cref="Error"/> instead of a result.</summary>
internal sealed class RpcException : Exception
{
    public RpcException(RpcError error)
        : base(error?.ToString())
    {
        ArgumentNullException.ThrowIfNull(error);
        Error = error;
    }

    public RpcException(RpcError error, Exception innerException)
        : base(error?.ToString(), innerException)
    {
        ArgumentNullException.ThrowIfNull(error);
        Error = error;
    }

    public RpcError Error { get; }
}

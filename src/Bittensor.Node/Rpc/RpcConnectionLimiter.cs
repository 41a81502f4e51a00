using Microsoft.Extensions.Options;

namespace Bittensor.Node.Rpc;

/// <summary>Counts open WebSockets and HTTP requests in progress against <see cref="RpcOptions.MaxConnections"/>.</summary>
internal sealed class RpcConnectionLimiter
{
    private readonly int _limit;
    private int _count;

    public RpcConnectionLimiter(IOptions<RpcOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _limit = options.Value.MaxConnections;
    }

    public int Limit => _limit;

    public int Count => Volatile.Read(ref _count);

    public bool TryAcquire()
    {
        if (Interlocked.Increment(ref _count) <= _limit)
        {
            return true;
        }

        Interlocked.Decrement(ref _count);
        return false;
    }

    public void Release() => Interlocked.Decrement(ref _count);
}

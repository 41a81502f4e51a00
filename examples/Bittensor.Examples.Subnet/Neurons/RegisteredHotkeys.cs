using System.Diagnostics;

namespace Bittensor.Examples.Subnet.Neurons;

/// <summary>
/// The hotkeys registered on the subnet, for the axon's blacklist: read from the chain at most once a second, and
/// only when the cached set is older than <see cref="MaxAge"/> or lacks the caller (a neuron registered since).
/// </summary>
public sealed class RegisteredHotkeys(ChainSession session) : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MinRefresh = TimeSpan.FromSeconds(1);
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private HashSet<string> _hotkeys = new(StringComparer.Ordinal);
    private Stopwatch? _age;

    /// <summary>True when <paramref name="ss58"/> is a hotkey registered on the subnet.</summary>
    public async Task<bool> ContainsAsync(string? ss58, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(ss58))
        {
            return false;
        }

        bool known = _hotkeys.Contains(ss58);
        TimeSpan age = _age?.Elapsed ?? TimeSpan.MaxValue;
        if ((known && age < MaxAge) || (!known && age < MinRefresh))
        {
            return known;
        }

        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if ((_age?.Elapsed ?? TimeSpan.MaxValue) >= MinRefresh)
            {
                var neurons = await session.NeuronsAsync(cancellationToken).ConfigureAwait(false);
                _hotkeys = new HashSet<string>(neurons.Select(n => n.Hotkey.ToSs58()), StringComparer.Ordinal);
                _age = Stopwatch.StartNew();
            }

            return _hotkeys.Contains(ss58);
        }
        finally
        {
            _refresh.Release();
        }
    }

    public void Dispose() => _refresh.Dispose();
}

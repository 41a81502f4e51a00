using System.Collections.Frozen;

namespace Bittensor.Runtime.Api;

/// <summary>
/// The runtime's exported functions by their <c>state_call</c> names (<c>Core_version</c>, <c>Metadata_metadata_at_version</c>,
/// <c>NeuronInfoRuntimeApi_get_neurons_lite</c> …). Each call runs on a fresh overlay of the given state, so nothing it writes
/// survives.
/// </summary>
public sealed class RuntimeApiHost
{
    private readonly FrozenDictionary<string, RuntimeApiMethodDescriptor> _methods;

    public RuntimeApiHost(IEnumerable<RuntimeApiDescriptor> apis)
    {
        ArgumentNullException.ThrowIfNull(apis);
        Apis = [.. apis];
        var methods = new Dictionary<string, RuntimeApiMethodDescriptor>(StringComparer.Ordinal);
        foreach (RuntimeApiDescriptor api in Apis)
        {
            foreach (RuntimeApiMethodDescriptor method in api.Methods)
            {
                if (!methods.TryAdd($"{api.Name}_{method.Name}", method))
                {
                    throw new ArgumentException($"runtime API method {api.Name}_{method.Name} is declared twice", nameof(apis));
                }
            }
        }

        _methods = methods.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The APIs in declaration order (metadata V15 lists them so).</summary>
    public IReadOnlyList<RuntimeApiDescriptor> Apis { get; }

    public bool Contains(string method) => _methods.ContainsKey(method);

    /// <summary>Runs <paramref name="method"/> and returns its SCALE-encoded result.</summary>
    /// <exception cref="RuntimeApiException">Unknown method or malformed arguments (the message names which).</exception>
    public byte[] Call(RuntimeApiCall call, string method, ReadOnlySpan<byte> args)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(method);
        if (!_methods.TryGetValue(method, out RuntimeApiMethodDescriptor? descriptor))
        {
            throw new RuntimeApiException($"Exported method {method} is not found");
        }

        try
        {
            return descriptor.Handler(call, args);
        }
        catch (FormatException ex)
        {
            throw new RuntimeApiException($"Could not decode the arguments of {method}: {ex.Message}", ex);
        }
    }
}

using System.Text.Json;
using Bittensor.Sdk.Synapses;

namespace Bittensor.Sdk.Axons;

/// <summary>One attached synapse type: how to build it and the hooks that run for it (type-erased for the pipeline).</summary>
internal abstract class SynapseRoute
{
    public required string Name { get; init; }

    public Func<Synapse, CancellationToken, Task<BlacklistDecision>>? Blacklist { get; init; }

    public Func<Synapse, CancellationToken, Task<double>>? Priority { get; init; }

    public Func<Synapse, CancellationToken, Task>? Verify { get; init; }

    /// <summary>Non-null for a unary route.</summary>
    public Func<Synapse, CancellationToken, Task<Synapse>>? Forward { get; init; }

    /// <summary>Non-null for a streaming route.</summary>
    public Func<Synapse, CancellationToken, IAsyncEnumerable<string>>? Stream { get; init; }

    public abstract Synapse CreateEmpty();

    /// <exception cref="JsonException">The body does not deserialise.</exception>
    public abstract Synapse Deserialize(ReadOnlySpan<byte> body);
}

internal sealed class SynapseRoute<T> : SynapseRoute
    where T : Synapse, new()
{
    public override Synapse CreateEmpty() => new T();

    public override Synapse Deserialize(ReadOnlySpan<byte> body)
    {
        T prototype = new();
        return (Synapse)(JsonSerializer.Deserialize(body, prototype.JsonTypeInfo)
            ?? throw new JsonException("the body is JSON null"));
    }
}

namespace Bittensor.Core.Metadata;

/// <summary>A runtime API method (V15 <c>RuntimeApiMethodMetadata</c>), called as <c>state_call("{Api}_{Method}", args)</c>.</summary>
public sealed record RuntimeApiMethodMetadata
{
    public RuntimeApiMethodMetadata(string name, IEnumerable<RuntimeApiMethodParameter>? inputs, uint output, IEnumerable<string>? docs = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Inputs = EquatableArray.Of(inputs);
        Output = output;
        Docs = EquatableArray.Of(docs);
    }

    public string Name { get; init; }

    public IReadOnlyList<RuntimeApiMethodParameter> Inputs { get; init => field = EquatableArray.Of(value); }

    /// <summary>The type id of the SCALE result.</summary>
    public uint Output { get; init; }

    public IReadOnlyList<string> Docs { get; init => field = EquatableArray.Of(value); }
}

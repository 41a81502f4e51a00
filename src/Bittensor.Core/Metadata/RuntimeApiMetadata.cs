namespace Bittensor.Core.Metadata;

/// <summary>A runtime API trait (V15 <c>RuntimeApiMetadata</c>): its name (<c>"NeuronInfoRuntimeApi"</c>), methods and docs.</summary>
public sealed record RuntimeApiMetadata
{
    public RuntimeApiMetadata(string name, IEnumerable<RuntimeApiMethodMetadata>? methods, IEnumerable<string>? docs = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Methods = EquatableArray.Of(methods);
        Docs = EquatableArray.Of(docs);
    }

    public string Name { get; init; }

    public IReadOnlyList<RuntimeApiMethodMetadata> Methods { get; init => field = EquatableArray.Of(value); }

    public IReadOnlyList<string> Docs { get; init => field = EquatableArray.Of(value); }

    /// <summary>The method named <paramref name="name"/>, or null.</summary>
    public RuntimeApiMethodMetadata? FindMethod(string name)
    {
        foreach (RuntimeApiMethodMetadata m in Methods)
        {
            if (string.Equals(m.Name, name, StringComparison.Ordinal))
            {
                return m;
            }
        }

        return null;
    }
}

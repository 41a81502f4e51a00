namespace Bittensor.Sdk.Synapses;

/// <summary>A required (no default) field of a synapse: its JSON name and Python type (see <see cref="PyDefault"/>).</summary>
/// <param name="Name">The snake_case field name as the Python model declares it.</param>
/// <param name="Type">The field's Python type.</param>
public readonly record struct SynapseInputField(string Name, PyDefault Type)
{
    /// <summary>json.dumps of an empty instance of the type, as upstream puts in the header before base64.</summary>
    public string EmptyJson => Type switch
    {
        PyDefault.Int => "0",
        PyDefault.Float => "0.0",
        PyDefault.Str => "\"\"",
        PyDefault.Bool => "false",
        PyDefault.List => "[]",
        PyDefault.Dict => "{}",
        _ => "null",
    };
}

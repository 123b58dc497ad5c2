namespace Handouts.Checks.Readability;

/// <summary>The bands of the INFLESZ scale, hardest first.</summary>
internal enum InfleszBand
{
    VeryDifficult,
    SomewhatDifficult,
    Normal,
    QuiteEasy,
    VeryEasy,
}

/// <summary>The INFLESZ scale for Szigriszt-Pazos perspicuity, validated on Spanish health texts (Barrio-Cantalejo,
/// Simón-Lorda, Melguizo, Escalona, Marijuán and Hernando, 2008, "Validación de la Escala INFLESZ para evaluar la
/// legibilidad de los textos dirigidos a pacientes", Anales del Sistema Sanitario de Navarra 31(2):135–152):
/// below 40 muy difícil, 40–55 algo difícil, 55–65 normal, 65–80 bastante fácil, above 80 muy fácil. The paper
/// leaves the shared bounds open; a score on one belongs to the easier band, so 55 is already normal.</summary>
internal static class Inflesz
{
    public static InfleszBand BandOf(double perspicuity) => perspicuity switch
    {
        < 40 => InfleszBand.VeryDifficult,
        < 55 => InfleszBand.SomewhatDifficult,
        < 65 => InfleszBand.Normal,
        < 80 => InfleszBand.QuiteEasy,
        _ => InfleszBand.VeryEasy,
    };

    /// <summary>The band's name as the scale publishes it, in Spanish.</summary>
    public static string Name(InfleszBand band) => band switch
    {
        InfleszBand.VeryDifficult => "muy difícil",
        InfleszBand.SomewhatDifficult => "algo difícil",
        InfleszBand.Normal => "normal",
        InfleszBand.QuiteEasy => "bastante fácil",
        _ => "muy fácil",
    };
}

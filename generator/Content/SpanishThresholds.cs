namespace Handouts.Content;

/// <summary>Reading-ease thresholds for Spanish handouts, from <c>checks: spanish:</c> in site.yml. A score below a
/// target is a warning, below a minimum an error, as the English grade has a target and a maximum. Defaults from
/// the literature: on the INFLESZ scale (Barrio-Cantalejo et al., 2008) 55 is the lowest score of "normal", the least
/// the authors accept for texts to patients, and 65 starts "bastante fácil", the band we aim patient handouts at; on the
/// scale published with Fernández Huerta's formula (1959) 70 is the lowest score a 6th-grade reader reads with ease
/// and 60 the lowest for 7th–8th grade, the English target and maximum.</summary>
internal sealed record SpanishThresholds(
    int InfleszTarget = 65,
    int InfleszMin = 55,
    int FernandezHuertaTarget = 70,
    int FernandezHuertaMin = 60);

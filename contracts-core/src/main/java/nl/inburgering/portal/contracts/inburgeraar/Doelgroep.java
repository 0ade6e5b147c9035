package nl.inburgering.portal.contracts.inburgeraar;

/** Target group of an inburgeraar under the Wet inburgering 2021. */
public enum Doelgroep {
    /** Status holder: the gemeente pays the course (never a zelfbetaler). */
    ASIELMIGRANT,
    /** Family migrant: pays the course personally (zelfbetaler), at cost price. */
    GEZINSMIGRANT,
    /** Other, e.g. a voluntary inburgeraar. */
    OVERIG
}

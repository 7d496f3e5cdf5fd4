package be.balise.assessment;

public enum AccessMode { READ, WRITE }

package be.balise.casework;

/** What a research entry is about (PRODUCT.md §2, investigation). */
public enum ResearchCategory { OCCUPATION, TRAINING, SECTOR, LAW, INTERVIEW, JOB_OFFER }

module rapporteur

go 1.26.8

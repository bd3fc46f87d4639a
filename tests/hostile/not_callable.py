# exercise: kmeans
# expect: compile_error
kmeans = 42
